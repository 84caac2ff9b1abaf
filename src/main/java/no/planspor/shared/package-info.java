/**
 * The one error model every module speaks: problems with a path and a message key, and the JSON
 * reading every API shares. Open (everything in it is for every module) and it depends on nothing.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Shared", type = org.springframework.modulith.ApplicationModule.Type.OPEN, allowedDependencies = {})
package no.planspor.shared;
