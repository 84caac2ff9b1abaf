/** The one error model every module speaks: problems with a path and a message key. */
@org.springframework.modulith.ApplicationModule(displayName = "Shared", type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package no.planspor.shared;
