/** The web shell: the layout, the language (bokmål first, English second) and how errors reach users. */
@org.springframework.modulith.ApplicationModule(displayName = "Web")
package no.planspor.web;
