/* test-retention.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Retention periods (ond-store-retention.h) on a real database: cases made and moved
 * through the store's workflow, the day each was dropped or closed then set with plain SQL
 * (the store writes the real clock's day there). "Today" is the fixture's 2025-06-15.
 *
 * The periods are 1 and 5 years by default and 1..30; a change is logged, 0 and 31 are
 * refused with nothing changed. A case is due on the day its period ends, not the day
 * before (counted here with plain SQL too). The dry run lists exactly those, with no
 * personal data, and writes nothing; removal removes exactly those the user saw that are
 * still due, with their history and interventions, writing the deletion log and the access
 * log. The figures of a closed year stay as they were; those of an open year change, and
 * the dry run named that year. A read-only file reads the periods and the dry run and
 * refuses every change. */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "ond-case.h"
#include "ond-pg.h"
#include "ond-store-cases.h"
#include "ond-store-figures.h"
#include "ond-store-retention.h"
#include "ond-test-pg.h"
#include "ond-test-util.h"
#include "test-case-util.h"

#define SUBJECT "Petronella van Dijk-Smit"
#define ADDRESS "Voorstraat 12"
#define SUMMARY "Hennepkwekerij boven het café"

/* A signal received on @received from @source, dropped on @dropped_on. */
static gint64
dropped_case (Fixture    *f,
              const char *received,
              const char *source,
              const char *dropped_on)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OndCaseDraft) draft = make_draft (f, received, SUBJECT);
  g_autofree char *sql = NULL;
  gint64 id;

  g_free (draft->source);
  draft->source = g_strdup (source);
  id = ond_store_create_case (f->store, draft, f->today, NULL, &error);
  g_assert_no_error (error);
  drive_case (f, id, OND_CASE_STATUS_DROPPED);
  sql = g_strdup_printf ("UPDATE case_event SET at = '%sT10:30:00'"
                         " WHERE case_id = %" G_GINT64_FORMAT " AND to_status = 'afgevoerd'",
                         dropped_on, id);
  sql_exec (f->path, sql);
  return id;
}

/* A case received on @received, with an intervention, closed on @closed_on. */
static gint64
closed_case (Fixture    *f,
             const char *received,
             const char *closed_on)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *sql = NULL;
  gint64 id = new_case (f, received, SUBJECT);

  drive_case (f, id, OND_CASE_STATUS_ASSIGNED);
  g_assert_cmpint (ond_store_add_case_intervention (f->store, id,
                                                    intervention_id (f, "BRP controle"),
                                                    partner_id (f, "Gemeente"), NULL, NULL,
                                                    "gereed", NULL, &error), >, 0);
  g_assert_no_error (error);
  g_assert_true (ond_store_move_case (f->store, id, OND_CASE_STATUS_INTERVENTION, NULL, &error));
  g_assert_true (ond_store_move_case (f->store, id, OND_CASE_STATUS_MONITORING, NULL, &error));
  g_assert_true (ond_store_close_case (f->store, id, "effectief", "Klaar", &error));
  g_assert_no_error (error);
  sql = g_strdup_printf ("UPDATE case_file SET closed_date = '%s'"
                         " WHERE id = %" G_GINT64_FORMAT, closed_on, id);
  sql_exec (f->path, sql);
  return id;
}

static char *
reference_of (Fixture *f,
              gint64   id)
{
  return sql_text (f->path, "SELECT reference FROM case_file WHERE id = ?", id);
}

static GListModel *
review (Fixture  *f,
        GArray  **open_years)
{
  g_autoptr(GError) error = NULL;
  GListModel *due = NULL;

  g_assert_true (ond_store_review_retention (f->store, f->today, &due, open_years, &error));
  g_assert_no_error (error);
  g_assert_nonnull (due);
  return due;
}

/* The references of @due, in order, joined with " ". */
static char *
references_of (GListModel *due)
{
  g_autoptr(GString) all = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (due); i++)
    {
      g_autoptr(OndRetentionItem) item = g_list_model_get_item (due, i);

      g_string_append_printf (all, "%s%s", i > 0 ? " " : "",
                              ond_retention_item_get_reference (item));
    }
  return g_string_free (g_steal_pointer (&all), FALSE);
}

static void
test_defaults (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  int years = 0;

  g_assert_true (ond_store_get_retention_years (f->store, OND_RETENTION_DROPPED, &years,
                                                &error));
  g_assert_no_error (error);
  g_assert_cmpint (years, ==, 1);
  g_assert_true (ond_store_get_retention_years (f->store, OND_RETENTION_CLOSED, &years,
                                                &error));
  g_assert_cmpint (years, ==, 5);
  g_assert_cmpint (sql_int (f->path, "SELECT years FROM retention_setting"
                                     " WHERE status = 'afgevoerd'", 0), ==, 1);
  g_assert_cmpint (sql_int (f->path, "SELECT years FROM retention_setting"
                                     " WHERE status = 'gesloten'", 0), ==, 5);
  /* The schema version (6 brought the periods; 12 is the newest, test-migration-12.c): a
   * file's user_version, a server's ond_database. */
  if (ond_pg_is_uri (f->path))
    g_assert_cmpint (sql_int (f->path, "SELECT schema_version FROM ond_database", 0), ==, 12);
  else
    g_assert_cmpint (sql_int (f->path, "PRAGMA user_version", 0), ==, 12);

  /* A new database has nothing due. */
  {
    g_autoptr(GListModel) due = review (f, NULL);

    g_assert_cmpuint (g_list_model_get_n_items (due), ==, 0);
  }
}

/* Due on the day the period ends, not the day before; open and hidden cases never. */
static void
test_boundary (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) due = NULL;
  g_autoptr(GListModel) later = NULL;
  g_autoptr(OndRetentionItem) first = NULL;
  g_autoptr(OndRetentionItem) second = NULL;
  g_autofree char *refs = NULL;
  g_autofree char *expected = NULL;
  g_autofree char *ref_dropped = NULL;
  g_autofree char *ref_closed = NULL;
  gint64 dropped_on_day = dropped_case (f, "2024-05-02", "mma", "2024-06-15");
  gint64 hidden = dropped_case (f, "2019-05-02", "mma", "2019-06-01");
  gint64 closed_on_day = closed_case (f, "2019-03-04", "2020-06-15");
  gint64 n_due_sql;

  dropped_case (f, "2024-05-03", "mma", "2024-06-16");
  closed_case (f, "2019-03-05", "2020-06-16");
  new_case_in (f, OND_CASE_STATUS_MONITORING);
  new_case (f, "2019-01-02", SUBJECT);
  g_assert_true (ond_store_delete_case (f->store, hidden, &error));
  g_assert_no_error (error);

  /* Counted apart from the store: period start + years <= today, cases not hidden; in
   * years, start + n years <= today is start <= today - n years (no 29 February here). */
  n_due_sql = sql_int (f->path,
                       "SELECT count(*) FROM case_file c WHERE c.deleted_at IS NULL AND"
                       " ((c.status = 'afgevoerd' AND (SELECT max(substr(at, 1, 10))"
                       "    FROM case_event WHERE case_id = c.id AND to_status = 'afgevoerd')"
                       "    <= '2024-06-15')"
                       "  OR (c.status = 'gesloten' AND c.closed_date <= '2020-06-15'))"
                       " AND ? = 0", 0);
  g_assert_cmpint (n_due_sql, ==, 2);

  due = review (f, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (due), ==, n_due_sql);
  ref_dropped = reference_of (f, dropped_on_day);
  ref_closed = reference_of (f, closed_on_day);
  refs = references_of (due);
  /* The period that ended first first; both ended today, so by reference. */
  expected = g_strdup_printf ("%s %s", ref_closed, ref_dropped);
  g_assert_cmpstr (refs, ==, expected);

  first = g_list_model_get_item (due, 1);
  g_assert_cmpint (ond_retention_item_get_rule (first), ==, OND_RETENTION_DROPPED);
  g_assert_cmpstr (ond_retention_item_get_status_label (first), ==, "Afgevoerd");
  g_assert_cmpstr (ond_retention_item_get_date_received (first), ==, "2024-05-02");
  g_assert_cmpstr (ond_retention_item_get_start_date (first), ==, "2024-06-15");
  g_assert_cmpstr (ond_retention_item_get_expiry_date (first), ==, "2025-06-15");
  g_assert_cmpint (ond_retention_item_get_years (first), ==, 1);
  second = g_list_model_get_item (due, 0);
  g_assert_cmpint (ond_retention_item_get_rule (second), ==, OND_RETENTION_CLOSED);
  g_assert_cmpstr (ond_retention_item_get_status_label (second), ==, "Gesloten");
  g_assert_cmpstr (ond_retention_item_get_date_received (second), ==, "2019-03-04");
  g_assert_cmpstr (ond_retention_item_get_start_date (second), ==, "2020-06-15");
  g_assert_cmpstr (ond_retention_item_get_expiry_date (second), ==, "2025-06-15");
  g_assert_cmpint (ond_retention_item_get_years (second), ==, 5);

  /* A longer period: the dropped signal is no longer due, the closed case still is. */
  g_assert_true (ond_store_set_retention_years (f->store, OND_RETENTION_DROPPED, 2, &error));
  g_assert_no_error (error);
  later = review (f, NULL);
  g_clear_pointer (&refs, g_free);
  refs = references_of (later);
  g_assert_cmpstr (refs, ==, ref_closed);
}

/* A period that starts on 29 February ends on 1 March when its last year has no
 * 29 February (as SQLite's date() counts), on 29 February when it has one; the same on
 * both backends. */
static void
test_leap_day (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GListModel) due = NULL;
  g_autoptr(OndRetentionItem) first = NULL;
  g_autoptr(OndRetentionItem) second = NULL;
  g_autofree char *ref_closed = NULL;
  g_autofree char *ref_dropped = NULL;
  g_autofree char *refs = NULL;
  g_autofree char *expected = NULL;
  gint64 closed = closed_case (f, "2020-01-10", "2020-02-29");    /* 5 years: 2025-03-01 */
  gint64 dropped = dropped_case (f, "2024-01-10", "mma", "2024-02-29");  /* 2025-03-01 */

  /* 2021-02-28 + 5 years is 2026-02-28: not yet due. */
  closed_case (f, "2021-01-10", "2021-02-28");
  ref_closed = reference_of (f, closed);
  ref_dropped = reference_of (f, dropped);

  due = review (f, NULL);
  refs = references_of (due);
  /* Both ended on the same day: by reference. */
  expected = g_strdup_printf ("%s %s", ref_closed, ref_dropped);
  g_assert_cmpstr (refs, ==, expected);
  first = g_list_model_get_item (due, 0);
  second = g_list_model_get_item (due, 1);
  g_assert_cmpstr (ond_retention_item_get_start_date (first), ==, "2020-02-29");
  g_assert_cmpstr (ond_retention_item_get_expiry_date (first), ==, "2025-03-01");
  g_assert_cmpstr (ond_retention_item_get_start_date (second), ==, "2024-02-29");
  g_assert_cmpstr (ond_retention_item_get_expiry_date (second), ==, "2025-03-01");
}

/* The dry run: no name, address or summary anywhere, and nothing written. */
static void
test_dry_run_private (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GListModel) due = NULL;
  g_autoptr(GArray) years = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  dropped_case (f, "2023-02-01", "mma", "2023-03-01");
  closed_case (f, "2018-02-01", "2019-01-01");
  before = snapshot (f);

  due = review (f, &years);
  g_assert_cmpuint (g_list_model_get_n_items (due), ==, 2);
  for (guint i = 0; i < g_list_model_get_n_items (due); i++)
    {
      g_autoptr(OndRetentionItem) item = g_list_model_get_item (due, i);
      GParamSpec **specs;
      guint n_specs;

      specs = g_object_class_list_properties (G_OBJECT_GET_CLASS (item), &n_specs);
      for (guint p = 0; p < n_specs; p++)
        {
          g_auto(GValue) value = G_VALUE_INIT;
          g_auto(GValue) text = G_VALUE_INIT;
          const char *s;

          g_value_init (&value, specs[p]->value_type);
          g_object_get_property (G_OBJECT (item), specs[p]->name, &value);
          g_value_init (&text, G_TYPE_STRING);
          g_assert_true (g_value_transform (&value, &text));
          s = g_value_get_string (&text);
          g_test_message ("%s = %s", specs[p]->name, s);
          g_assert_null (strstr (s != NULL ? s : "", "Dijk"));
          g_assert_null (strstr (s != NULL ? s : "", "Voorstraat"));
          g_assert_null (strstr (s != NULL ? s : "", "Hennep"));
          g_assert_null (strstr (s != NULL ? s : "", "MMA-123"));
        }
      g_free (specs);
    }

  after = snapshot (f);
  g_assert_cmpstr (after, ==, before);
}

/* Removal: exactly the cases due, with their history and interventions, logged. */
static void
test_apply (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) due = NULL;
  g_autoptr(GListModel) removed = NULL;
  g_autoptr(GListModel) left = NULL;
  g_auto(GStrv) not_due = NULL;
  g_autoptr(GPtrArray) refs = g_ptr_array_new_with_free_func (g_free);
  gint64 dropped = dropped_case (f, "2023-02-01", "mma", "2024-01-10");
  gint64 closed = closed_case (f, "2018-02-01", "2019-04-30");
  gint64 young = dropped_case (f, "2025-01-02", "mma", "2025-02-01");
  gint64 open = new_case_in (f, OND_CASE_STATUS_INTERVENTION);
  g_autofree char *ref_dropped = reference_of (f, dropped);
  g_autofree char *ref_closed = reference_of (f, closed);
  gint64 access_before;
  gint64 cases_before = sql_int (f->path, "SELECT count(*) FROM case_file", 0);

  g_assert_cmpint (count_rows (f, "case_event", closed), >, 0);
  g_assert_cmpint (count_rows (f, "case_intervention", closed), ==, 1);
  g_assert_cmpint (count_rows (f, "case_event", dropped), >, 0);
  access_before = sql_int (f->path, "SELECT max(id) FROM access_log", 0);

  due = review (f, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (due), ==, 2);
  for (guint i = 0; i < g_list_model_get_n_items (due); i++)
    {
      g_autoptr(OndRetentionItem) item = g_list_model_get_item (due, i);

      g_ptr_array_add (refs, g_strdup (ond_retention_item_get_reference (item)));
    }
  g_ptr_array_add (refs, NULL);

  g_assert_true (ond_store_apply_retention (f->store, f->today,
                                            (const char * const *) refs->pdata, &removed,
                                            &not_due, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (removed), ==, 2);
  g_assert_cmpuint (g_strv_length (not_due), ==, 0);

  /* Gone with their history and interventions; the others stay. */
  g_assert_cmpint (sql_int (f->path, "SELECT count(*) FROM case_file", 0), ==,
                   cases_before - 2);
  g_assert_cmpint (sql_int (f->path, "SELECT count(*) FROM case_file WHERE id = ?", dropped),
                   ==, 0);
  g_assert_cmpint (sql_int (f->path, "SELECT count(*) FROM case_file WHERE id = ?", closed),
                   ==, 0);
  g_assert_cmpint (count_rows (f, "case_event", closed), ==, 0);
  g_assert_cmpint (count_rows (f, "case_intervention", closed), ==, 0);
  g_assert_cmpint (count_rows (f, "case_event", dropped), ==, 0);
  g_assert_cmpint (sql_int (f->path, "SELECT count(*) FROM case_file WHERE id = ?", young),
                   ==, 1);
  g_assert_cmpint (sql_int (f->path, "SELECT count(*) FROM case_file WHERE id = ?", open),
                   ==, 1);
  g_assert_cmpint (count_rows (f, "case_event", young), >, 0);

  /* The deletion log: reference, status, dates, reason, who; no personal data. */
  g_assert_cmpint (sql_int (f->path, "SELECT count(*) FROM deletion_log", 0), ==, 2);
  {
    g_autofree char *row = sql_text (f->path,
                                     "SELECT reference || '|' || status || '|' || date_received"
                                     " || '|' || coalesce(closed_date, '-') || '|' || reason"
                                     " FROM deletion_log WHERE status = 'gesloten' AND ? = 0",
                                     0);
    g_autofree char *expected = g_strdup_printf ("%s|gesloten|2018-02-01|2019-04-30|"
                                                 "Bewaartermijn verstreken (gesloten, 5 jaar)",
                                                 ref_closed);

    g_assert_cmpstr (row, ==, expected);
  }
  {
    g_autofree char *row = sql_text (f->path,
                                     "SELECT reference || '|' || status || '|' || date_received"
                                     " || '|' || coalesce(closed_date, '-') || '|' || reason"
                                     " FROM deletion_log WHERE status = 'afgevoerd' AND ? = 0",
                                     0);
    g_autofree char *expected = g_strdup_printf ("%s|afgevoerd|2023-02-01|-|"
                                                 "Bewaartermijn verstreken (afgevoerd, 1 jaar)",
                                                 ref_dropped);
    g_autofree char *who = sql_text (f->path, "SELECT who FROM deletion_log WHERE id = ?", 1);

    g_assert_cmpstr (row, ==, expected);
    g_assert_cmpstr (who, ==, ond_test_user_name (f->path));
  }

  /* The access log: one row per case and one for the run. */
  g_assert_cmpint (sql_int (f->path, "SELECT count(*) FROM access_log WHERE id > ?",
                            access_before), ==, 3);
  g_assert_cmpint (sql_int (f->path, "SELECT count(*) FROM access_log WHERE id > ?"
                                     " AND what = 'Verwijderd na bewaartermijn'",
                            access_before), ==, 2);
  {
    g_autofree char *last = sql_text (f->path,
                                      "SELECT case_reference || '|' || what FROM access_log"
                                      " WHERE id > ? ORDER BY id DESC LIMIT 1", access_before);

    g_assert_cmpstr (last, ==,
                     "|Bewaartermijnen toegepast: 1 afgevoerd signaal, 1 gesloten casus");
  }

  /* Nothing due any more. */
  left = review (f, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (left), ==, 0);
}

/* A reference the user saw that is no longer due (the period changed since) stays, and is
 * reported; an unknown one too; a case not shown is not removed. */
static void
test_no_longer_due (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) due = NULL;
  g_autoptr(GListModel) removed = NULL;
  g_auto(GStrv) not_due = NULL;
  gint64 dropped = dropped_case (f, "2023-02-01", "mma", "2024-01-10");
  gint64 closed = closed_case (f, "2018-02-01", "2019-04-30");
  gint64 unseen;
  g_autofree char *ref_dropped = reference_of (f, dropped);
  g_autofree char *ref_closed = reference_of (f, closed);
  g_autofree char *ref_unseen = NULL;
  const char *seen[5];
  gint64 log_before;

  due = review (f, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (due), ==, 2);
  /* After the dry run: another case becomes due, and the dropped one no longer is. */
  unseen = dropped_case (f, "2023-05-01", "mma", "2023-06-01");
  ref_unseen = reference_of (f, unseen);
  g_assert_true (ond_store_set_retention_years (f->store, OND_RETENTION_DROPPED, 3, &error));
  g_assert_true (ond_store_set_retention_years (f->store, OND_RETENTION_DROPPED, 2, &error));
  g_assert_no_error (error);
  log_before = sql_int (f->path, "SELECT max(id) FROM access_log", 0);

  seen[0] = ref_dropped;
  seen[1] = ref_closed;
  seen[2] = "2020-9999";
  seen[3] = ref_closed;
  seen[4] = NULL;
  g_assert_true (ond_store_apply_retention (f->store, f->today, seen, &removed, &not_due,
                                            &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (removed), ==, 1);
  g_assert_cmpuint (g_strv_length (not_due), ==, 2);
  g_assert_cmpstr (not_due[0], ==, ref_dropped);
  g_assert_cmpstr (not_due[1], ==, "2020-9999");
  g_assert_cmpint (sql_int (f->path, "SELECT count(*) FROM case_file WHERE id = ?", dropped),
                   ==, 1);
  g_assert_cmpint (sql_int (f->path, "SELECT count(*) FROM case_file WHERE id = ?", closed),
                   ==, 0);
  /* Due (2 years after 2023-06-01) but not seen: stays. */
  g_assert_cmpint (sql_int (f->path, "SELECT count(*) FROM case_file WHERE id = ?", unseen),
                   ==, 1);
  {
    g_autoptr(GListModel) now_due = review (f, NULL);
    g_autofree char *refs = references_of (now_due);

    g_assert_cmpstr (refs, ==, ref_unseen);
  }
  g_assert_cmpint (sql_int (f->path, "SELECT count(*) FROM access_log WHERE id > ?",
                            log_before), ==, 2);

  /* Nothing due among those given: nothing written at all. */
  {
    g_autofree char *before = snapshot (f);
    g_autofree char *after = NULL;
    g_autoptr(GListModel) none = NULL;
    g_auto(GStrv) stays = NULL;
    const char *only[] = { ref_dropped, NULL };

    g_assert_true (ond_store_apply_retention (f->store, f->today, only, &none, &stays,
                                              &error));
    g_assert_no_error (error);
    g_assert_cmpuint (g_list_model_get_n_items (none), ==, 0);
    g_assert_cmpuint (g_strv_length (stays), ==, 1);
    after = snapshot (f);
    g_assert_cmpstr (after, ==, before);
  }
}

/* The value of @code in @year as the monitoring figures show it, with all its parts. */
static char *
figure_of (Fixture    *f,
           const char *code,
           int         year,
           gint64     *value)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) parts = NULL;
  g_autoptr(GString) all = g_string_new (NULL);
  OndFigureOrigin origin;

  g_assert_true (ond_store_get_figure (f->store, code, year, value, &origin, &error));
  g_assert_no_error (error);
  parts = ond_store_list_figure_parts (f->store, code, year, &error);
  g_assert_no_error (error);
  g_string_append_printf (all, "%" G_GINT64_FORMAT " (%d):", *value, origin);
  for (guint i = 0; i < parts->len; i++)
    {
      const OndFigurePart *part = g_ptr_array_index (parts, i);

      g_string_append_printf (all, " %s=%" G_GINT64_FORMAT, part->part, part->value);
    }
  return g_string_free (g_steal_pointer (&all), FALSE);
}

/* Removal never changes a figure of a closed year; an open year's count changes, and the
 * dry run named that year (only that one: a source no figure counts changes none). */
static void
test_closed_year_figures (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) due = NULL;
  g_autoptr(GListModel) removed = NULL;
  g_autoptr(GArray) years = NULL;
  g_autofree char *closed_before = NULL;
  g_autofree char *closed_after = NULL;
  g_autofree char *open_before = NULL;
  g_autofree char *open_after = NULL;
  gint64 v2023_before, v2023_after, v2024_before, v2024_after;
  gint64 mma_2024_kept;

  /* 2023: three MMA signals dropped in early 2024, one kept open. */
  dropped_case (f, "2023-03-01", "mma", "2024-01-10");
  dropped_case (f, "2023-05-01", "mma", "2024-01-10");
  dropped_case (f, "2023-11-01", "mma", "2024-02-10");
  new_case (f, "2023-07-01", SUBJECT);
  /* 2024: a police signal, dropped: no figure counts it. */
  dropped_case (f, "2024-01-05", "politie", "2024-02-01");
  g_assert_true (ond_store_close_year (f->store, 2023, f->today, &error));
  g_assert_no_error (error);

  due = review (f, &years);
  g_assert_cmpuint (g_list_model_get_n_items (due), ==, 4);
  /* 2023 is closed; in 2024 only a source no figure counts. */
  g_assert_cmpuint (years->len, ==, 0);
  g_clear_object (&due);
  g_clear_pointer (&years, g_array_unref);

  /* 2024: two MMA signals, one dropped long enough ago, one kept. */
  dropped_case (f, "2024-02-01", "mma", "2024-03-01");
  mma_2024_kept = new_case (f, "2024-04-01", SUBJECT);
  due = review (f, &years);
  g_assert_cmpuint (g_list_model_get_n_items (due), ==, 5);
  g_assert_cmpuint (years->len, ==, 1);
  g_assert_cmpint (g_array_index (years, int, 0), ==, 2024);

  closed_before = figure_of (f, "mma_reports", 2023, &v2023_before);
  open_before = figure_of (f, "mma_reports", 2024, &v2024_before);
  g_assert_cmpint (v2023_before, ==, 4);
  g_assert_cmpint (v2024_before, ==,
                   sql_int (f->path, "SELECT count(*) FROM case_file WHERE source = 'mma'"
                                     " AND date_received LIKE '2024-%' AND ? = 0", 0));
  g_assert_cmpint (v2024_before, ==, 2);

  g_assert_true (ond_store_apply_retention (f->store, f->today, NULL, &removed, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (removed), ==, 5);
  g_assert_cmpint (sql_int (f->path, "SELECT count(*) FROM case_file WHERE source = 'mma'"
                                     " AND date_received LIKE '2023-%' AND ? = 0", 0), ==, 1);

  closed_after = figure_of (f, "mma_reports", 2023, &v2023_after);
  open_after = figure_of (f, "mma_reports", 2024, &v2024_after);
  g_assert_cmpstr (closed_after, ==, closed_before);
  g_assert_cmpint (v2023_after, ==, 4);
  g_assert_cmpint (v2024_after, ==, 1);
  g_assert_cmpstr (open_after, !=, open_before);
  g_assert_cmpint (sql_int (f->path, "SELECT count(*) FROM case_file WHERE id = ?",
                            mma_2024_kept), ==, 1);
}

/* 0 and 31 years are refused, and nothing changes; a change is logged once. */
static void
test_settings (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *settings_before = NULL;
  g_autofree char *settings_after = NULL;
  g_autofree char *logged = NULL;
  const char *settings_sql = "SELECT status || '=' || years FROM retention_setting"
                             " ORDER BY status";
  int bad[] = { 0, 31, -1, 100 };
  int years;
  gint64 log_before;

  before = snapshot (f);
  settings_before = sql_list (f->path, settings_sql, 0, ",");
  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    for (OndRetentionRule rule = OND_RETENTION_DROPPED; rule <= OND_RETENTION_CLOSED; rule++)
      {
        g_assert_false (ond_store_set_retention_years (f->store, rule, bad[i], &error));
        g_assert_error (error, OND_STORE_ERROR, OND_STORE_ERROR_INVALID);
        g_assert_nonnull (strstr (error->message, "1 to 30"));
        g_clear_error (&error);
      }
  after = snapshot (f);
  settings_after = sql_list (f->path, settings_sql, 0, ",");
  g_assert_cmpstr (after, ==, before);
  g_assert_cmpstr (settings_after, ==, settings_before);
  g_assert_cmpstr (settings_after, ==, "afgevoerd=1,gesloten=5");

  /* The schema holds the range too. */
  if (ond_pg_is_uri (f->path))
    g_assert_cmpint (sql_int (f->path, "SELECT count(*) FROM pg_constraint"
                                       " WHERE conrelid = 'retention_setting'::regclass"
                                       " AND pg_get_constraintdef(oid) LIKE"
                                       " '%years >= 1%years <= 30%' AND ? = 0", 0), ==, 1);
  else
    g_assert_cmpint (sql_int (f->path, "SELECT count(*) FROM sqlite_master WHERE"
                                       " name = 'retention_setting' AND sql LIKE"
                                       " '%years BETWEEN 1 AND 30%' AND ? = 0", 0), ==, 1);

  log_before = sql_int (f->path, "SELECT max(id) FROM access_log", 0);
  g_assert_true (ond_store_set_retention_years (f->store, OND_RETENTION_DROPPED, 2, &error));
  g_assert_true (ond_store_set_retention_years (f->store, OND_RETENTION_CLOSED, 30, &error));
  g_assert_true (ond_store_set_retention_years (f->store, OND_RETENTION_CLOSED, 30, &error));
  g_assert_no_error (error);
  g_assert_true (ond_store_get_retention_years (f->store, OND_RETENTION_DROPPED, &years,
                                                &error));
  g_assert_cmpint (years, ==, 2);
  g_clear_pointer (&settings_after, g_free);
  settings_after = sql_list (f->path, settings_sql, 0, ",");
  g_assert_cmpstr (settings_after, ==, "afgevoerd=2,gesloten=30");

  g_assert_cmpint (sql_int (f->path, "SELECT count(*) FROM access_log WHERE id > ?",
                            log_before), ==, 2);
  logged = sql_list (f->path, "SELECT case_reference || '|' || what FROM access_log"
                              " WHERE id > ? ORDER BY id", log_before, ";");
  g_assert_cmpstr (logged, ==,
                   "|Bewaartermijn afgevoerde signalen gewijzigd van 1 naar 2 jaar;"
                   "|Bewaartermijn gesloten casussen gewijzigd van 5 naar 30 jaar");
}

/* A read-only file: the periods and the dry run read; changes and removal refused, the file
 * as it was. */
static void
test_read_only (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) due = NULL;
  g_autoptr(GListModel) removed = NULL;
  g_autoptr(GArray) years = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  int n;

  /* A file's permission: file-only (a server says who may write with its roles). */
  if (ond_pg_is_uri (f->path))
    {
      g_test_skip ("A read-only file is file-only");
      return;
    }
  dropped_case (f, "2024-02-01", "mma", "2024-03-01");
  closed_case (f, "2018-02-01", "2019-04-30");
  g_clear_object (&f->store);
  g_assert_cmpint (g_chmod (f->path, 0400), ==, 0);
  before = ond_test_file_checksum (f->path);

  f->store = ond_store_open (f->path, &error);
  g_assert_no_error (error);
  g_assert_true (ond_store_is_read_only (f->store));

  g_assert_true (ond_store_get_retention_years (f->store, OND_RETENTION_CLOSED, &n, &error));
  g_assert_cmpint (n, ==, 5);
  g_assert_true (ond_store_review_retention (f->store, f->today, &due, &years, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (due), ==, 2);
  g_assert_cmpuint (years->len, ==, 1);

  g_assert_false (ond_store_set_retention_years (f->store, OND_RETENTION_DROPPED, 2, &error));
  g_assert_error (error, OND_STORE_ERROR, OND_STORE_ERROR_READ_ONLY);
  g_clear_error (&error);
  g_assert_false (ond_store_apply_retention (f->store, f->today, NULL, &removed, NULL, &error));
  g_assert_error (error, OND_STORE_ERROR, OND_STORE_ERROR_READ_ONLY);
  g_assert_null (removed);
  g_clear_error (&error);

  g_clear_object (&f->store);
  after = ond_test_file_checksum (f->path);
  g_assert_cmpstr (after, ==, before);
  g_assert_cmpint (g_chmod (f->path, 0600), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  ADD_TEST ("/retention/defaults", test_defaults);
  ADD_TEST ("/retention/boundary", test_boundary);
  ADD_TEST ("/retention/leap-day", test_leap_day);
  ADD_TEST ("/retention/dry-run-private", test_dry_run_private);
  ADD_TEST ("/retention/apply", test_apply);
  ADD_TEST ("/retention/no-longer-due", test_no_longer_due);
  ADD_TEST ("/retention/closed-year-figures", test_closed_year_figures);
  ADD_TEST ("/retention/settings", test_settings);
  ADD_TEST ("/retention/read-only", test_read_only);

  return g_test_run ();
}
