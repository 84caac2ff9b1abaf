/** Where the data lives: an embedded PostgreSQL in a data directory, unless an external one is configured. */
@org.springframework.modulith.ApplicationModule(displayName = "Database")
package no.planspor.database;
