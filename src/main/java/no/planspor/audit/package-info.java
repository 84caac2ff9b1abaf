/** Who changed what, when: every write records its changes here, in the same transaction. */
@org.springframework.modulith.ApplicationModule(displayName = "Audit")
package no.planspor.audit;
