/* test-themes-edit.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The themes of the seeded plan (ond-store-themes.h): their owners set as one ordered list,
 * with every refusal naming the owner field and writing nothing; and the counts of what the
 * other sections hold per theme, against records written in the test. Section 7 of the plan
 * gives Drugs the owners Politie and OZHZ. */

#include "config.h"

#include "ond-store-themes.h"
#include "ond-theme.h"
#include "test-case-util.h"

/* The owners of a theme as stored: "short name:position,...". */
static char *
owners_of (Fixture    *f,
           const char *theme)
{
  char *owners = sql_list (f->path,
                           "SELECT p.short_name || ':' || o.position FROM theme_owner o"
                           " JOIN partner p ON p.id = o.partner_id WHERE o.theme_id = ?"
                           " ORDER BY o.position",
                           theme_id (f, theme), ",");

  return owners != NULL ? owners : g_strdup ("");
}

/* The owners as the store lists them with the theme. */
static char *
listed_owners (Fixture    *f,
               const char *theme)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) themes = ond_store_list_themes (f->store, 1, &error);

  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (themes); i++)
    {
      g_autoptr(OndTheme) item = g_list_model_get_item (themes, i);

      if (g_strcmp0 (ond_theme_get_name (item), theme) == 0)
        return g_strdup (ond_theme_get_owners (item));
    }
  g_assert_not_reached ();
}

static void
set_owners (Fixture      *f,
            const char   *theme,
            const gint64 *ids,
            guint         n_ids)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (ond_store_set_theme_owners (f->store, theme_id (f, theme), ids, n_ids,
                                             &error));
  g_assert_no_error (error);
}

static void
test_owners (Fixture       *f,
             gconstpointer  data)
{
  g_autofree char *stored = owners_of (f, "Drugs");
  g_autofree char *listed = NULL;
  gint64 ids[3];

  g_assert_cmpstr (stored, ==, "Politie:1,OZHZ:2");

  ids[0] = partner_id (f, "OZHZ");
  ids[1] = partner_id (f, "SDD");
  ids[2] = partner_id (f, "Politie");
  set_owners (f, "Drugs", ids, 3);
  g_free (stored);
  stored = owners_of (f, "Drugs");
  g_assert_cmpstr (stored, ==, "OZHZ:1,SDD:2,Politie:3");
  listed = listed_owners (f, "Drugs");
  g_assert_cmpstr (listed, ==, "OZHZ, SDD, Politie");

  /* The other themes keep theirs. */
  g_free (stored);
  stored = owners_of (f, "Fraude");
  g_assert_cmpstr (stored, ==, "RIEC:1,SDD:2");

  set_owners (f, "Drugs", NULL, 0);
  g_free (stored);
  stored = owners_of (f, "Drugs");
  g_assert_cmpstr (stored, ==, "");
  g_free (listed);
  listed = listed_owners (f, "Drugs");
  g_assert_cmpstr (listed, ==, "");
}

/* Every owner of every theme: "theme:partner:position,...". */
static char *
all_owners (Fixture *f)
{
  return sql_list (f->path,
                   "SELECT theme_id || ':' || partner_id || ':' || position"
                   " FROM theme_owner WHERE theme_id > ? ORDER BY theme_id, position",
                   0, ",");
}

static void
assert_refused (Fixture      *f,
                gint64        theme,
                const gint64 *ids,
                guint         n_ids,
                GQuark        domain,
                int           code)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *before = snapshot (f);
  g_autofree char *owners_before = all_owners (f);
  g_autofree char *owners_after = NULL;
  g_autofree char *after = NULL;

  g_assert_false (ond_store_set_theme_owners (f->store, theme, ids, n_ids, &error));
  g_assert_error (error, domain, code);
  after = snapshot (f);
  owners_after = all_owners (f);
  g_assert_cmpstr (before, ==, after);
  g_assert_cmpstr (owners_before, ==, owners_after);
}

static void
test_owners_refused (Fixture       *f,
                     gconstpointer  data)
{
  gint64 drugs = theme_id (f, "Drugs");
  gint64 twice[] = { partner_id (f, "Politie"), partner_id (f, "OZHZ"), partner_id (f, "Politie") };
  gint64 unknown[] = { partner_id (f, "Politie"), 9999 };
  gint64 retired[] = { partner_id (f, "Politie"), partner_id (f, "Motus") };
  gint64 kept[] = { partner_id (f, "OZHZ") };
  g_autofree char *stored = NULL;

  assert_refused (f, drugs, twice, G_N_ELEMENTS (twice), OND_PLAN_ERROR, OND_PLAN_ERROR_OWNER);
  assert_refused (f, drugs, unknown, G_N_ELEMENTS (unknown), OND_PLAN_ERROR,
                  OND_PLAN_ERROR_OWNER);
  sql_exec (f->path, "UPDATE partner SET retired = 1 WHERE short_name IN ('Motus', 'OZHZ')");
  assert_refused (f, drugs, retired, G_N_ELEMENTS (retired), OND_PLAN_ERROR,
                  OND_PLAN_ERROR_OWNER);
  assert_refused (f, 9999, kept, G_N_ELEMENTS (kept), OND_STORE_ERROR,
                  OND_STORE_ERROR_NOT_FOUND);
  /* Not for a theme that it does not own yet. */
  assert_refused (f, theme_id (f, "Fraude"), kept, G_N_ELEMENTS (kept), OND_PLAN_ERROR,
                  OND_PLAN_ERROR_OWNER);

  /* OZHZ, retired since, stays an owner of Drugs when Politie goes. */
  set_owners (f, "Drugs", kept, G_N_ELEMENTS (kept));
  stored = owners_of (f, "Drugs");
  g_assert_cmpstr (stored, ==, "OZHZ:1");
}

static void
assert_counts (Fixture    *f,
               const char *theme,
               guint       open_cases,
               guint       measures,
               guint       activities)
{
  g_autoptr(GError) error = NULL;
  OndThemeCounts counts = { 99, 99, 99 };

  g_assert_true (ond_store_count_theme (f->store, theme_id (f, theme), &counts, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (counts.open_cases, ==, open_cases);
  g_assert_cmpuint (counts.measures, ==, measures);
  g_assert_cmpuint (counts.activities, ==, activities);
}

static void
add_measure (Fixture *f,
             gint64   case_id)
{
  g_autofree char *sql = NULL;

  if (case_id == 0)
    sql = g_strdup ("INSERT INTO measure (date, kind, domain)"
                    " VALUES ('2025-02-01', 'sluiting', 'softdrugs')");
  else
    sql = g_strdup_printf ("INSERT INTO measure (date, kind, domain, case_id)"
                           " VALUES ('2025-02-01', 'waarschuwing', 'harddrugs', %"
                           G_GINT64_FORMAT ")", case_id);
  sql_exec (f->path, sql);
}

static void
add_activity (Fixture    *f,
              const char *theme)
{
  g_autofree char *sql = NULL;

  sql = g_strdup_printf ("INSERT INTO activity (date, kind, theme_id)"
                         " VALUES ('2025-03-01', 'drugsactie', %" G_GINT64_FORMAT ")",
                         theme_id (f, theme));
  sql_exec (f->path, sql);
}

static void
test_counts (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  OndThemeCounts counts;
  gint64 open1, open2, closed, dropped, deleted, trafficking;
  g_autofree char *sql = NULL;

  assert_counts (f, "Drugs", 0, 0, 0);

  /* Five cases of Drugs: two open, one closed, one dismissed, one deleted; and one of
   * Mensenhandel. */
  open1 = new_case (f, "2025-01-10", "Piet Jansen");
  open2 = new_case_in (f, OND_CASE_STATUS_INTERVENTION);
  closed = new_case_in (f, OND_CASE_STATUS_CLOSED);
  dropped = new_case_in (f, OND_CASE_STATUS_DROPPED);
  deleted = new_case (f, "2025-01-12", "Kees Bakker");
  trafficking = new_case (f, "2025-01-13", "Ans Smit");
  sql = g_strdup_printf ("UPDATE case_file SET deleted_at = '2025-06-01T10:00:00'"
                         " WHERE id = %" G_GINT64_FORMAT ";"
                         "UPDATE case_file SET theme_id = %" G_GINT64_FORMAT
                         " WHERE id = %" G_GINT64_FORMAT,
                         deleted, theme_id (f, "Mensenhandel"), trafficking);
  sql_exec (f->path, sql);

  /* Measures: two on open Drugs cases, one on the closed one, one on the deleted one, one
   * without a case (no theme), one on the Mensenhandel case. */
  add_measure (f, open1);
  add_measure (f, open2);
  add_measure (f, closed);
  add_measure (f, deleted);
  add_measure (f, 0);
  add_measure (f, trafficking);
  (void) dropped;

  /* Activities: three of Drugs, one of Jonge aanwas. */
  add_activity (f, "Drugs");
  add_activity (f, "Drugs");
  add_activity (f, "Drugs");
  add_activity (f, "Jonge aanwas");

  assert_counts (f, "Drugs", 2, 3, 3);
  assert_counts (f, "Mensenhandel", 1, 1, 0);
  assert_counts (f, "Jonge aanwas", 0, 0, 1);
  assert_counts (f, "Fraude", 0, 0, 0);

  g_assert_false (ond_store_count_theme (f->store, 9999, &counts, &error));
  g_assert_error (error, OND_STORE_ERROR, OND_STORE_ERROR_NOT_FOUND);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  ADD_TEST ("/ond/themes-edit/owners", test_owners);
  ADD_TEST ("/ond/themes-edit/owners-refused", test_owners_refused);
  ADD_TEST ("/ond/themes-edit/counts", test_counts);

  return g_test_run ();
}
