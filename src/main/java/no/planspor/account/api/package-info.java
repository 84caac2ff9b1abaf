/** The users API: the people to ask, and the parties they stand for, for administrators. */
package no.planspor.account.api;
