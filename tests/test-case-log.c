/* test-case-log.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Cases through the store, part two: the access log (who, when, what, never personal
 * data; append-only in the schema), read-only files, due follow-ups, and deleting with
 * undo and purge. Checked from outside the store with plain SQLite. */

#include "config.h"

#include <glib/gstdio.h>
#include <sqlite3.h>
#include <string.h>

#include "ond-access-entry.h"
#include "ond-case.h"
#include "ond-case-counts.h"
#include "ond-pg.h"
#include "ond-store-cases.h"
#include "ond-test-pg.h"
#include "ond-test-util.h"
#include "test-case-util.h"

#define SUBJECT "Johanna Zwanenburg"
#define ADDRESS "Voorstraat 12"
#define SUMMARY "Hennepkwekerij boven het café"

/* Rows of access_log in which @text occurs in any column (case-sensitive, on both
 * backends: a column holds @text when taking it out changes the column). */
static gint64
log_rows_containing (Fixture    *f,
                     const char *text)
{
  g_auto(GStrv) parts = g_strsplit (text, "'", -1);
  g_autofree char *quoted = g_strjoinv ("''", parts);
  g_autofree char *sql = g_strdup_printf ("SELECT COUNT(*) FROM access_log WHERE"
                                          " replace(at, '%1$s', '') <> at"
                                          " OR replace(who, '%1$s', '') <> who"
                                          " OR replace(case_reference, '%1$s', '')"
                                          "  <> case_reference"
                                          " OR replace(what, '%1$s', '') <> what", quoted);

  return sql_int (f->path, sql, 0);
}

/* Runs @sql on the database outside the store: whether it worked, and if not, the reason. */
static gboolean
try_exec (Fixture     *f,
          const char  *sql,
          char       **message)
{
  sqlite3 *db = NULL;
  gboolean ok;

  if (ond_pg_is_uri (f->path))
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(OndPg) pg = ond_pg_connect (f->path, &error);

      g_assert_no_error (error);
      ok = ond_pg_exec (pg, sql, "test", &error);
      *message = ok ? NULL : g_strdup (error->message);
      return ok;
    }
  g_assert_cmpint (sqlite3_open (f->path, &db), ==, SQLITE_OK);
  ok = sqlite3_exec (db, sql, NULL, NULL, NULL) == SQLITE_OK;
  *message = ok ? NULL : g_strdup (sqlite3_errmsg (db));
  sqlite3_close (db);
  return ok;
}

static void
test_access_log (Fixture       *f,
                 gconstpointer  data)
{
  static const char * const expected[] = {
    /* Newest first. */
    "Agenda afgedrukt",
    "Verwijderen ongedaan gemaakt",
    "Casus verwijderd",
    "Interventie toegevoegd: BRP controle (Gemeente)",
    "Gewogen: Overdragen aan partner (complexiteit Hoog); status Nieuw → Toegewezen",
    "Gegevens van de melding gewijzigd",
    "Casus geopend",
    "Melding geregistreerd",
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(OndCaseDraft) draft = make_draft (f, "2025-04-01", SUBJECT);
  g_autoptr(OndCase) item = NULL;
  g_autoptr(GListModel) log = NULL;
  g_autoptr(GListModel) all = NULL;
  g_autoptr(GRegex) stamp = g_regex_new ("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d$", 0, 0, NULL);
  g_autofree char *reference = NULL;
  gint64 other = new_case (f, "2025-04-02", "Iemand anders");
  gint64 id;
  gint64 before;

  id = ond_store_create_case (f->store, draft, f->today, &reference, &error);
  g_assert_no_error (error);

  /* Reading for a list is not logged; opening is. */
  before = sql_int (f->path, "SELECT COUNT(*) FROM access_log WHERE id > ?", 0);
  item = ond_store_get_case (f->store, id, &error);
  g_assert_no_error (error);
  g_clear_object (&item);
  g_assert_cmpint (sql_int (f->path, "SELECT COUNT(*) FROM access_log WHERE id > ?", 0),
                   ==, before);
  item = ond_store_open_case (f->store, id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (ond_case_get_subject_name (item), ==, SUBJECT);
  g_assert_cmpint (sql_int (f->path, "SELECT COUNT(*) FROM access_log WHERE id > ?", 0),
                   ==, before + 1);

  /* Changes, each logged; the reasons name the subject, the log must not. */
  g_free (draft->address);
  draft->address = g_strdup ("Wijnstraat 3");
  g_assert_true (ond_store_update_case (f->store, id, draft, f->today, &error));
  g_assert_true (ond_store_weigh_case (f->store, id, "hoog", OND_WEIGHING_PARTNER,
                                       "Gemeente kent " SUBJECT " van eerder",
                                       partner_id (f, "Gemeente"), NULL, &error));
  g_assert_cmpint (ond_store_add_case_intervention (f->store, id,
                                                    intervention_id (f, "BRP controle"),
                                                    partner_id (f, "Gemeente"), NULL, NULL,
                                                    NULL, "Inschrijving " SUBJECT, &error),
                   >, 0);
  g_assert_true (ond_store_delete_case (f->store, id, &error));
  g_assert_true (ond_store_undelete_case (f->store, id, &error));
  g_assert_true (ond_store_log_access (f->store, reference, "Agenda afgedrukt", &error));
  g_assert_no_error (error);

  log = ond_store_list_access_log (f->store, reference, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (log), ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_autoptr(OndAccessEntry) entry = g_list_model_get_item (log, i);

      g_assert_cmpstr (ond_access_entry_get_what (entry), ==, expected[i]);
      g_assert_cmpstr (ond_access_entry_get_case_reference (entry), ==, reference);
      g_assert_cmpstr (ond_access_entry_get_who (entry), ==, ond_test_user_name (f->path));
      g_assert_true (g_regex_match (stamp, ond_access_entry_get_at (entry), 0, NULL));
    }

  /* The whole log holds the other case too; a blank "what" is refused. */
  all = ond_store_list_access_log (f->store, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (all), ==, G_N_ELEMENTS (expected) + 1);
  g_assert_cmpint (other, >, 0);
  g_assert_false (ond_store_log_access (f->store, reference, "  ", &error));
  g_assert_error (error, OND_STORE_ERROR, OND_STORE_ERROR_INVALID);

  /* No personal data anywhere in the log. */
  g_assert_cmpint (log_rows_containing (f, SUBJECT), ==, 0);
  g_assert_cmpint (log_rows_containing (f, "Zwanenburg"), ==, 0);
  g_assert_cmpint (log_rows_containing (f, ADDRESS), ==, 0);
  g_assert_cmpint (log_rows_containing (f, "Wijnstraat"), ==, 0);
  g_assert_cmpint (log_rows_containing (f, "Hennep"), ==, 0);
  g_assert_cmpint (log_rows_containing (f, "Iemand anders"), ==, 0);
  /* ...while the history does keep the reasons. */
  g_assert_cmpint (sql_int (f->path, "SELECT COUNT(*) FROM case_event WHERE case_id = ?"
                                     " AND replace(reason, 'Zwanenburg', '') <> reason", id),
                   ==, 1);
}

static void
test_append_only (Fixture       *f,
                  gconstpointer  data)
{
  g_autofree char *message = NULL;
  gint64 rows;

  new_case (f, "2025-04-01", SUBJECT);
  rows = sql_int (f->path, "SELECT COUNT(*) FROM access_log WHERE id > ?", 0);
  g_assert_cmpint (rows, ==, 1);

  g_assert_false (try_exec (f, "UPDATE access_log SET what = 'iets anders'", &message));
  g_assert_nonnull (strstr (message, "append-only"));
  g_clear_pointer (&message, g_free);
  g_assert_false (try_exec (f, "DELETE FROM access_log", &message));
  g_assert_nonnull (strstr (message, "append-only"));

  g_assert_cmpint (sql_int (f->path, "SELECT COUNT(*) FROM access_log WHERE what = "
                                     "'Melding geregistreerd' AND id > ?", 0), ==, rows);
}

static void
assert_read_only (gboolean  ok,
                  GError   *error)
{
  g_assert_false (ok);
  g_assert_error (error, OND_STORE_ERROR, OND_STORE_ERROR_READ_ONLY);
}

static void
test_read_only (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OndCaseDraft) draft = make_draft (f, "2025-05-01", SUBJECT);
  g_autoptr(OndCase) item = NULL;
  g_autoptr(GListModel) list = NULL;
  g_autoptr(GPtrArray) counts = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  gint64 brp = intervention_id (f, "BRP controle");
  gint64 gemeente = partner_id (f, "Gemeente");
  gint64 id = new_case_in (f, OND_CASE_STATUS_ASSIGNED);
  gint64 deleted = new_case (f, "2025-05-02", SUBJECT);
  gint64 row;
  gint64 n = 0;

  /* A file's permission: file-only (a server says who may write with its roles). */
  if (ond_pg_is_uri (f->path))
    {
      g_test_skip ("A read-only file is file-only");
      return;
    }
  row = ond_store_add_case_intervention (f->store, id, brp, gemeente, NULL, "2025-05-01", NULL,
                                         NULL, &error);
  g_assert_no_error (error);
  g_assert_true (ond_store_delete_case (f->store, deleted, &error));
  g_clear_object (&f->store);
  g_assert_cmpint (g_chmod (f->path, 0400), ==, 0);
  before = ond_test_file_checksum (f->path);

  f->store = ond_store_open (f->path, &error);
  g_assert_no_error (error);
  g_assert_true (ond_store_is_read_only (f->store));

#define REFUSED(call) G_STMT_START { gboolean ok_ = (call) != 0; \
                                     assert_read_only (ok_, error); \
                                     g_clear_error (&error); } G_STMT_END
  REFUSED (ond_store_create_case (f->store, draft, f->today, NULL, &error));
  REFUSED (ond_store_update_case (f->store, id, draft, f->today, &error));
  REFUSED (ond_store_move_case (f->store, id, OND_CASE_STATUS_INTERVENTION, NULL, &error));
  REFUSED (ond_store_weigh_case (f->store, id, "laag", OND_WEIGHING_DROP, "Reden", 0, NULL,
                                 &error));
  REFUSED (ond_store_close_case (f->store, id, "effectief", NULL, &error));
  REFUSED (ond_store_set_case_follow_up (f->store, id, "2025-09-01", &error));
  REFUSED (ond_store_add_case_intervention (f->store, id, brp, gemeente, NULL, NULL, NULL,
                                            NULL, &error));
  REFUSED (ond_store_update_case_intervention (f->store, row, gemeente, NULL, NULL, "gereed",
                                               NULL, &error));
  REFUSED (ond_store_delete_case (f->store, id, &error));
  REFUSED (ond_store_undelete_case (f->store, deleted, &error));
  REFUSED (ond_store_purge_deleted_cases (f->store, &error));
  REFUSED (ond_store_log_access (f->store, NULL, "Lijst geëxporteerd", &error));
  /* Opening must be logged, which needs a write. */
  REFUSED (ond_store_open_case (f->store, id, &error) != NULL);
#undef REFUSED

  /* Reading without logging still works. */
  item = ond_store_get_case (f->store, id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (ond_case_get_status (item), ==, "toegewezen");
  list = ond_store_list_case_events (f->store, id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 2);
  g_clear_object (&list);
  list = ond_store_list_access_log (f->store, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (list), >, 0);
  g_clear_object (&list);
  list = ond_store_list_due_cases (f->store, "2025-06-01", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 1);
  counts = ond_store_count_cases (f->store, 2025, OND_CASE_COUNT_BY_STATUS, &error);
  g_assert_no_error (error);
  g_assert_true (ond_store_count_signals (f->store, 2025, &n, &error));
  g_assert_cmpint (n, ==, 1);

  g_clear_object (&f->store);
  after = ond_test_file_checksum (f->path);
  g_assert_cmpstr (before, ==, after);
}

static gboolean
model_has_case (GListModel *model,
                gint64      id)
{
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(OndCase) item = g_list_model_get_item (model, i);

      if (ond_case_get_id (item) == id)
        return TRUE;
    }
  return FALSE;
}

static void
test_due (Fixture       *f,
          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) due = NULL;
  gint64 brp = intervention_id (f, "BRP controle");
  gint64 gemeente = partner_id (f, "Gemeente");
  gint64 own = new_case_in (f, OND_CASE_STATUS_WEIGHED);
  gint64 by_intervention = new_case_in (f, OND_CASE_STATUS_INTERVENTION);
  gint64 done_intervention = new_case_in (f, OND_CASE_STATUS_INTERVENTION);
  gint64 later = new_case_in (f, OND_CASE_STATUS_WEIGHED);
  gint64 closed = new_case_in (f, OND_CASE_STATUS_MONITORING);
  gint64 hidden = new_case_in (f, OND_CASE_STATUS_WEIGHED);
  gint64 plain = new_case_in (f, OND_CASE_STATUS_NEW);

  /* Own follow-up dates (a date in the past is accepted here: it is due at once). */
  g_assert_true (ond_store_set_case_follow_up (f->store, own, "2025-03-01", &error));
  g_assert_true (ond_store_set_case_follow_up (f->store, later, "2025-06-02", &error));
  g_assert_true (ond_store_set_case_follow_up (f->store, hidden, "2025-01-01", &error));
  g_assert_true (ond_store_set_case_follow_up (f->store, by_intervention, NULL, &error));
  /* Intervention follow-ups: an open one counts, a finished one does not. */
  g_assert_cmpint (ond_store_add_case_intervention (f->store, by_intervention, brp, gemeente,
                                                    NULL, "2025-02-01", "lopend", NULL, &error),
                   >, 0);
  g_assert_cmpint (ond_store_add_case_intervention (f->store, by_intervention, brp, gemeente,
                                                    NULL, "2025-08-01", NULL, NULL, &error), >, 0);
  g_assert_cmpint (ond_store_add_case_intervention (f->store, done_intervention, brp, gemeente,
                                                    NULL, "2025-01-01", "gereed", NULL, &error),
                   >, 0);
  g_assert_cmpint (ond_store_add_case_intervention (f->store, closed, brp, gemeente,
                                                    NULL, "2025-01-01", NULL, NULL, &error), >, 0);
  g_assert_true (ond_store_close_case (f->store, closed, "effectief", NULL, &error));
  g_assert_true (ond_store_delete_case (f->store, hidden, &error));
  g_assert_no_error (error);

  due = ond_store_list_due_cases (f->store, "01-06-2025", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (due), ==, 2);
  {
    g_autoptr(OndCase) first = g_list_model_get_item (due, 0);
    g_autoptr(OndCase) second = g_list_model_get_item (due, 1);

    g_assert_cmpint (ond_case_get_id (first), ==, by_intervention);
    g_assert_cmpstr (ond_case_get_next_follow_up (first), ==, "2025-02-01");
    g_assert_null (ond_case_get_follow_up_date (first));
    g_assert_cmpint (ond_case_get_id (second), ==, own);
    g_assert_cmpstr (ond_case_get_next_follow_up (second), ==, "2025-03-01");
  }
  g_assert_false (model_has_case (due, done_intervention));
  g_assert_false (model_has_case (due, closed));
  g_assert_false (model_has_case (due, hidden));
  g_assert_false (model_has_case (due, plain));
  g_clear_object (&due);

  /* A day later the other one is due too; an invalid date is refused. */
  due = ond_store_list_due_cases (f->store, "2025-06-02", &error);
  g_assert_cmpuint (g_list_model_get_n_items (due), ==, 3);
  g_assert_true (model_has_case (due, later));
  g_clear_object (&due);
  due = ond_store_list_due_cases (f->store, "2025-02-30", &error);
  g_assert_null (due);
  g_assert_error (error, OND_STORE_ERROR, OND_STORE_ERROR_INVALID);
  g_clear_error (&error);

  /* The dashboard's part: the first few in the same order, and how many, without the
   * closed, hidden and not yet due ones. */
  {
    guint n = 99;

    due = ond_store_list_first_due_cases (f->store, "2025-06-02", 2, &error);
    g_assert_no_error (error);
    g_assert_cmpuint (g_list_model_get_n_items (due), ==, 2);
    g_assert_true (model_has_case (due, by_intervention));
    g_assert_true (model_has_case (due, own));
    g_clear_object (&due);
    g_assert_true (ond_store_count_due_cases (f->store, "2025-06-02", &n, &error));
    g_assert_no_error (error);
    g_assert_cmpuint (n, ==, 3);
    g_assert_true (ond_store_count_due_cases (f->store, "01-06-2025", &n, &error));
    g_assert_cmpuint (n, ==, 2);
    g_assert_false (ond_store_count_due_cases (f->store, "2025-02-30", &n, &error));
    g_assert_error (error, OND_STORE_ERROR, OND_STORE_ERROR_INVALID);
    g_assert_cmpuint (n, ==, 0);
    g_clear_error (&error);

    /* Per status: the hidden case is not counted. */
    g_assert_true (ond_store_count_cases_in_status (f->store, "gewogen", &n, &error));
    g_assert_cmpuint (n, ==, 2);
    g_assert_true (ond_store_count_cases_in_status (f->store, "interventie", &n, &error));
    g_assert_cmpuint (n, ==, 2);
    g_assert_true (ond_store_count_cases_in_status (f->store, "gesloten", &n, &error));
    g_assert_cmpuint (n, ==, 1);
    g_assert_true (ond_store_count_cases_in_status (f->store, "monitoring", &n, &error));
    g_assert_cmpuint (n, ==, 0);
    g_assert_no_error (error);
  }

  /* A closed case has no follow-up of its own. */
  g_assert_false (ond_store_set_case_follow_up (f->store, closed, "2025-09-01", &error));
  g_assert_error (error, OND_STORE_ERROR, OND_STORE_ERROR_INVALID);
}

static void
test_delete (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OndCase) item = NULL;
  g_autoptr(GListModel) list = NULL;
  g_autofree char *reference = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  gint64 id = new_case_in (f, OND_CASE_STATUS_INTERVENTION);
  gint64 keep = new_case (f, "2025-05-05", "Blijft staan");
  gint64 n = 0;

  g_assert_cmpint (ond_store_add_case_intervention (f->store, id,
                                                    intervention_id (f, "BRP controle"),
                                                    partner_id (f, "Gemeente"), NULL,
                                                    "2025-01-01", NULL, NULL, &error), >, 0);
  g_assert_no_error (error);
  reference = sql_text (f->path, "SELECT reference FROM case_file WHERE id = ?", id);

  /* Hidden: gone from reads, lists, counts and changes. */
  g_assert_true (ond_store_delete_case (f->store, id, &error));
  g_assert_no_error (error);
  item = ond_store_get_case (f->store, id, &error);
  g_assert_null (item);
  g_assert_error (error, OND_STORE_ERROR, OND_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_null (ond_store_open_case (f->store, id, &error));
  g_assert_error (error, OND_STORE_ERROR, OND_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_null (ond_store_list_case_events (f->store, id, &error));
  g_assert_error (error, OND_STORE_ERROR, OND_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  before = snapshot (f);
  g_assert_false (ond_store_move_case (f->store, id, OND_CASE_STATUS_MONITORING, NULL, &error));
  g_assert_error (error, OND_STORE_ERROR, OND_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_false (ond_store_delete_case (f->store, id, &error));
  g_assert_error (error, OND_STORE_ERROR, OND_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  after = snapshot (f);
  g_assert_cmpstr (before, ==, after);
  g_assert_true (ond_store_count_signals (f->store, 2025, &n, &error));
  g_assert_cmpint (n, ==, 1);
  list = ond_store_list_due_cases (f->store, "2025-12-31", &error);
  g_assert_false (model_has_case (list, id));
  g_clear_object (&list);

  /* Undo brings it back as it was. */
  g_assert_true (ond_store_undelete_case (f->store, id, &error));
  g_assert_no_error (error);
  item = ond_store_get_case (f->store, id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (ond_case_get_status (item), ==, "interventie");
  g_clear_object (&item);
  g_assert_false (ond_store_undelete_case (f->store, id, &error));
  g_assert_error (error, OND_STORE_ERROR, OND_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* Purge: removes only hidden cases, with their history and interventions. */
  g_assert_true (ond_store_purge_deleted_cases (f->store, &error));
  g_assert_cmpint (sql_int (f->path, "SELECT COUNT(*) FROM case_file WHERE id > ?", 0), ==, 2);
  g_assert_true (ond_store_delete_case (f->store, id, &error));
  g_assert_true (ond_store_purge_deleted_cases (f->store, &error));
  g_assert_no_error (error);
  g_assert_cmpint (sql_int (f->path, "SELECT COUNT(*) FROM case_file WHERE id = ?", id), ==, 0);
  g_assert_cmpint (count_rows (f, "case_event", id), ==, 0);
  g_assert_cmpint (count_rows (f, "case_intervention", id), ==, 0);
  g_assert_cmpint (sql_int (f->path, "SELECT COUNT(*) FROM case_file WHERE id = ?", keep), ==, 1);
  g_assert_false (ond_store_undelete_case (f->store, id, &error));
  g_assert_error (error, OND_STORE_ERROR, OND_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* Logged: the access log keeps the whole story, the deletion log the reference. */
  list = ond_store_list_access_log (f->store, reference, &error);
  g_assert_no_error (error);
  {
    g_autoptr(OndAccessEntry) last = g_list_model_get_item (list, 0);

    g_assert_cmpstr (ond_access_entry_get_what (last), ==, "Casus definitief verwijderd");
  }
  g_assert_cmpint (sql_int (f->path, "SELECT COUNT(*) FROM access_log WHERE what ="
                                     " 'Casus verwijderd' AND id > ?", 0), ==, 2);
  g_assert_cmpint (sql_int (f->path, "SELECT COUNT(*) FROM access_log WHERE what ="
                                     " 'Verwijderen ongedaan gemaakt' AND id > ?", 0), ==, 1);
  g_assert_cmpint (sql_int (f->path, "SELECT COUNT(*) FROM deletion_log WHERE status ="
                                     " 'interventie' AND id > ?", 0), ==, 1);
  g_assert_cmpint (log_rows_containing (f, "Jan de Vries"), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  ADD_TEST ("/ond/cases/access-log", test_access_log);
  ADD_TEST ("/ond/cases/access-log-append-only", test_append_only);
  ADD_TEST ("/ond/cases/read-only", test_read_only);
  ADD_TEST ("/ond/cases/due", test_due);
  ADD_TEST ("/ond/cases/delete", test_delete);

  return g_test_run ();
}
