/**
 * Where the data lives: an embedded PostgreSQL in a data directory, unless an external one is
 * configured. Nothing here is used by other modules (its classes are package-private), so it has no
 * sub-packages.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Database", allowedDependencies = {})
package no.planspor.database;
