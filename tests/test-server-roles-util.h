/* test-server-roles-util.h
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* What the tests of a team server's roles share (test-server-roles.c and
 * test-server-roles-upgrade.c): a fixture with a login of each role and a case holding
 * personal data, and plain libpq as one of those logins. */

#pragma once

#include "test-case-util.h"

G_BEGIN_DECLS

#define SUBJECT "Jan Kanarievogel"
#define ADDRESS "Kanarieweg 713"
#define SUMMARY "Kanarie-samenvatting over een hennepzolder"

enum { CASEWORK, BUDGET, REPORTING, N_ROLES };

/* "casework", "budget", "reporting". */
extern const char * const roles[N_ROLES];

typedef struct
{
  Fixture  base;
  char    *users[N_ROLES];  /* a login of each role */
  char    *uris[N_ROLES];   /* the database, as that login */
  gint64   case_id;
  gint64   deleted_id;
} RolesFixture;

/* A fresh seeded server database (fixture_set_up ()), a login of each role made for the test,
 * and what the owner put in: a case with personal data in every free text (SUBJECT, ADDRESS,
 * SUMMARY), an intervention, a meeting with the case on its agenda, and a removed case. */
void  roles_set_up    (RolesFixture  *f,
                       gconstpointer  data);
/* Closes the store, drops the logins and the database. */
void  roles_tear_down (RolesFixture  *f,
                       gconstpointer  data);

#define ADD_ROLES_TEST(path, func) \
  g_test_add ((path), RolesFixture, NULL, roles_set_up, (func), roles_tear_down)

/* The SQLSTATE of @sql run as the login of @uri; "00000" when it succeeded. Transfer full. */
char *sql_state       (const char    *uri,
                       const char    *sql) G_GNUC_WARN_UNUSED_RESULT;
/* The one value of @sql run as the login of @uri, which must succeed. Transfer full. */
char *sql_value_as    (const char    *uri,
                       const char    *sql) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
