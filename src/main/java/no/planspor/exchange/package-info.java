/** The plan exchange format planspor-plan/1: import, export, the JSON API and the seed plans. */
@org.springframework.modulith.ApplicationModule(displayName = "Exchange")
package no.planspor.exchange;
