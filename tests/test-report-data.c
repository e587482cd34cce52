/* test-report-data.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The data of the council report (ond-report.h), the council scope (ond-store-council.h)
 * and the reports on record (ond-store-council-reports.h). Every figure of the report is
 * checked against a count made here in plain SQL, outside the store; cases full of
 * distinctive personal data (the canary) never reach the report's snapshot; the scope
 * refuses what is personal and what writes. */

#include "config.h"

#include <stdarg.h>
#include <string.h>

#include <glib/gstdio.h>

#include "ond-case-counts.h"
#include "ond-case.h"
#include "ond-case-list.h"
#include "ond-meeting-item.h"
#include "ond-pg.h"
#include "ond-store-cases.h"
#include "ond-store-council-reports.h"
#include "ond-store-council.h"
#include "ond-store-explanations.h"
#include "ond-store-meetings.h"
#include "ond-test-util.h"
#include "test-case-util.h"

#define IN_2024 "date_received BETWEEN '2024-01-01' AND '2024-12-31' AND deleted_at IS NULL"

/* Personal data put into the database by fill (); none of it may reach the report. */
static const char * const canaries[] = {
  "Zwaluwstaart", "Kanarieweg 713", "Kanarie-samenvatting", "MMA-KANARIE-77",
  "PL-KANARIE-88", "RIEC-KANARIE-99", "ZK-KANARIE-11", "Wegingsreden-kanarie",
  "Interventienotitie-kanarie", "Uitkomstnotitie-kanarie", "Heropenreden-kanarie",
  "Tweede Kanariepersoon", "Kanarielaan 2", "Afvoerreden-kanarie", "Agendapunt-kanarie",
  "Besluit-kanarie", "Toegang-kanarie", "meldingen-kanarie.csv", "Verwijderreden-kanarie",
  "Controlenotitie-kanarie", "Activiteitnotitie-kanarie", "Vergadernotitie-kanarie",
};

/* A number read with plain SQL (read-only) from a formatted statement (test data only: the
 * values are literals here). */
G_GNUC_PRINTF (2, 3)
static gint64
sqlf (Fixture    *f,
      const char *format,
      ...)
{
  g_autofree char *sql = NULL;
  va_list args;

  va_start (args, format);
  sql = g_strdup_vprintf (format, args);
  va_end (args);
  return sql_int (f->path, sql, 0);
}

static gint64
case_with (Fixture    *f,
           const char *date,
           const char *source,
           const char *theme,
           const char *subject,
           const char *address,
           const char *summary)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OndCaseDraft) draft = make_draft (f, date, subject);
  gint64 id;

  g_free (draft->source);
  draft->source = g_strdup (source);
  draft->theme_id = theme != NULL ? theme_id (f, theme) : 0;
  g_free (draft->address);
  draft->address = g_strdup (address);
  g_free (draft->summary);
  draft->summary = g_strdup (summary);
  g_free (draft->mma_number);
  draft->mma_number = g_strdup ("MMA-KANARIE-77");
  draft->police_number = g_strdup ("PL-KANARIE-88");
  draft->riec_number = g_strdup ("RIEC-KANARIE-99");
  draft->zaaknummer = g_strdup ("ZK-KANARIE-11");
  id = ond_store_create_case (f->store, draft, f->today, NULL, &error);
  g_assert_no_error (error);
  return id;
}

/* Cases (with every kind of personal text), registers, planning statuses, bookings and
 * explanations: the database the report is gathered from. */
static void
fill (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) items = NULL;
  g_autoptr(OndMeetingItem) item = NULL;
  g_autofree char *reference = NULL;
  g_autoptr(GString) registers = NULL;
  gint64 research = intervention_id (f, "Strafrechtelijk onderzoek");
  gint64 a, b, c, d, e, hidden, meeting;

  /* A: MMA, Drugs: weighed, an intervention, closed, reopened (monitoring). */
  a = case_with (f, "2024-02-10", "mma", "Drugs", "Jan Zwaluwstaart", "Kanarieweg 713",
                 "Kanarie-samenvatting over een hennepzolder");
  g_assert_true (ond_store_weigh_case (f->store, a, "midden", OND_WEIGHING_PARTNER,
                                       "Wegingsreden-kanarie", partner_id (f, "Politie"), NULL,
                                       &error));
  g_assert_true (ond_store_move_case (f->store, a, OND_CASE_STATUS_INTERVENTION, NULL, &error));
  g_assert_cmpint (ond_store_add_case_intervention (f->store, a, research,
                                                    partner_id (f, "Politie"), NULL, NULL,
                                                    "gepland", "Interventienotitie-kanarie",
                                                    &error), >, 0);
  g_assert_true (ond_store_move_case (f->store, a, OND_CASE_STATUS_MONITORING, NULL, &error));
  g_assert_true (ond_store_close_case (f->store, a, "effectief", "Uitkomstnotitie-kanarie",
                                       &error));
  g_assert_true (ond_store_move_case (f->store, a, OND_CASE_STATUS_MONITORING,
                                      "Heropenreden-kanarie", &error));
  g_assert_no_error (error);

  /* B: C3, Mensenhandel, new. C: own organisation, no theme, dropped. D: MMA, Drugs, closed
   * (deels effectief). E: MMA of 2023. A hidden (deleted) MMA case of 2024. */
  b = case_with (f, "2024-05-03", "c3", "Mensenhandel", "Tweede Kanariepersoon", "Kanarielaan 2",
                 "Kanarie-samenvatting twee");
  c = case_with (f, "2024-08-20", "eigen", NULL, "Derde", "Kanarielaan 2", "Kanarie-samenvatting");
  g_assert_true (ond_store_weigh_case (f->store, c, "laag", OND_WEIGHING_DROP,
                                       "Afvoerreden-kanarie", 0, NULL, &error));
  d = case_with (f, "2024-09-01", "mma", "Drugs", "Vierde Zwaluwstaart", "Kanarieweg 713",
                 "Kanarie-samenvatting");
  drive_case (f, d, OND_CASE_STATUS_MONITORING);
  g_assert_true (ond_store_close_case (f->store, d, "deels", "Uitkomstnotitie-kanarie", &error));
  e = case_with (f, "2023-11-30", "mma", "Fraude", "Vijfde Zwaluwstaart", "Kanarieweg 713",
                 "Kanarie-samenvatting");
  hidden = case_with (f, "2024-03-03", "mma", "Drugs", "Verborgen Zwaluwstaart",
                      "Kanarieweg 713", "Kanarie-samenvatting");
  g_assert_true (ond_store_delete_case (f->store, hidden, &error));
  g_assert_no_error (error);
  g_assert_cmpint (e, >, 0);

  /* A casusoverleg with a topic and a decision; the access log; an import and an erasure. */
  meeting = ond_store_create_meeting (f->store, "2024-06-01", &error);
  g_assert_no_error (error);
  items = ond_store_list_meeting_items (f->store, meeting, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (items), >, 0);
  item = g_list_model_get_item (items, 0);
  g_assert_true (ond_store_record_meeting_decision (f->store, ond_meeting_item_get_id (item),
                                                    "Besluit-kanarie", &error));
  g_assert_no_error (error);
  sql_exec (f->path,
            "UPDATE meeting_item SET topic = 'Agendapunt-kanarie';"
            "UPDATE meeting SET note = 'Vergadernotitie-kanarie';"
            "INSERT INTO import_batch (kind, file_name, sha256, imported_at, who, rows)"
            "  VALUES ('cases', 'meldingen-kanarie.csv',"
            "          '00000000000000000000000000000000"
            "00000000000000000000000000000001',"
            "          '2024-01-01T10:00:00', 'tester', 0);"
            "INSERT INTO deletion_log (reference, status, reason, who, at)"
            "  VALUES ('2019-0001', 'gesloten', 'Verwijderreden-kanarie', 'tester',"
            "          '2024-01-01T10:00:00');");
  reference = sql_text (f->path, "SELECT reference FROM case_file WHERE id = ?", a);
  g_assert_true (ond_store_log_access (f->store, reference, "Toegang-kanarie", &error));
  g_assert_no_error (error);

  /* Registers of 2024: 7 integral controls of 8 businesses (target 10 and 80: behind),
   * 4 drug actions (target 4: on track), 1 resilience action (target 4: far behind). */
  registers = g_string_new (NULL);
  for (int i = 1; i <= 7; i++)
    g_string_append_printf (registers,
                            "INSERT INTO control (date, kind, businesses, signals, note)"
                            " VALUES ('2024-0%d-15', 'integraal', 8, 1,"
                            " 'Controlenotitie-kanarie');", i);
  for (int i = 1; i <= 4; i++)
    g_string_append_printf (registers,
                            "INSERT INTO activity (date, kind, note)"
                            " VALUES ('2024-0%d-01', 'drugsactie', 'Activiteitnotitie-kanarie');",
                            i + 2);
  g_string_append (registers,
                   "INSERT INTO activity (date, kind, note)"
                   "  VALUES ('2024-10-01', 'weerbaarheidsactie', 'Activiteitnotitie-kanarie');");
  sql_exec (f->path, registers->str);

  /* Planning: one row of 2024 done, one of 2023 dropped. */
  sql_exec (f->path,
            "UPDATE plan_item SET status = 'gereed' WHERE id ="
            "  (SELECT min(id) FROM plan_item WHERE year = 2024 AND theme_id IS NOT NULL);"
            "UPDATE plan_item SET status = 'vervallen' WHERE id ="
            "  (SELECT min(id) FROM plan_item WHERE year = 2023);");

  /* Bookings: Integrale controles over its 2024 budget (€ 2.000) by € 500; MMA with a
   * commitment partly realised; one booking on no line; one on a line in 2026. */
  sql_exec (f->path,
            "INSERT INTO booking (date, line_id, amount_cents, kind, description, reference,"
            "                     supplier)"
            "  SELECT '2024-05-01', id, 250000, 'realisatie', 'Controles', 'F-1', 'Leverancier A'"
            "  FROM budget_line WHERE name = 'Integrale controles';"
            "INSERT INTO booking (date, line_id, amount_cents, kind, reference)"
            "  SELECT '2024-02-01', id, 100000, 'verplichting', 'V-1'"
            "  FROM budget_line WHERE name = 'Meld Misdaad Anoniem (MMA)';"
            "INSERT INTO booking (date, line_id, amount_cents, kind, reference)"
            "  SELECT '2024-03-01', id, 30000, 'realisatie', 'V-1'"
            "  FROM budget_line WHERE name = 'Meld Misdaad Anoniem (MMA)';"
            "INSERT INTO booking (date, line_id, amount_cents, kind, reference)"
            "  VALUES ('2024-07-01', NULL, 12345, 'realisatie', 'F-9');"
            "INSERT INTO booking (date, line_id, amount_cents, kind, reference)"
            "  SELECT '2026-01-10', id, 5000, 'realisatie', 'F-10'"
            "  FROM budget_line WHERE name = 'Meld Misdaad Anoniem (MMA)';");

  /* Explanations: pillar 1 for every year, pillar 2 for 2024; integral controls 2024 (the
   * businesses visited and the resilience actions have none); the line over budget. */
  ond_store_set_explanation (f->store, 1, OND_EXPLANATION_PILLAR,
                             sqlf (f, "SELECT id FROM pillar WHERE plan_id = 1 AND number = 1"),
                             0, "Pijler 1 algemeen.", &error);
  g_assert_no_error (error);
  ond_store_set_explanation (f->store, 1, OND_EXPLANATION_PILLAR,
                             sqlf (f, "SELECT id FROM pillar WHERE plan_id = 1 AND number = 2"),
                             2024, "Pijler 2 in 2024.", &error);
  g_assert_no_error (error);
  ond_store_set_explanation (f->store, 1, OND_EXPLANATION_INDICATOR,
                             sqlf (f, "SELECT id FROM indicator"
                                   " WHERE code = 'integrated_controls'"),
                             2024, "Drie controles schoven naar 2025.", &error);
  g_assert_no_error (error);
  ond_store_set_explanation (f->store, 1, OND_EXPLANATION_BUDGET_LINE,
                             sqlf (f, "SELECT id FROM budget_line"
                                   " WHERE name = 'Integrale controles'"),
                             2024, "Extra controle in de haven.", &error);
  g_assert_no_error (error);
  g_assert_cmpint (b, >, 0);
}

static OndReport *
gather (Fixture *f,
        int      year)
{
  g_autoptr(GError) error = NULL;
  OndReport *report = ond_report_gather (f->store, 0, year, f->today, &error);

  g_assert_no_error (error);
  g_assert_nonnull (report);
  return report;
}

/* The plan, its pillars and the planning. */
static void
test_plan (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(OndReport) report = NULL;
  g_autofree char *title = NULL;
  guint n_rows = 0;

  fill (f);
  report = gather (f, 2024);

  title = sql_text (f->path, "SELECT title FROM plan WHERE id = ?", report->plan_id);
  g_assert_cmpstr (report->plan_title, ==, title);
  g_assert_cmpint (report->first_year, ==, 2023);
  g_assert_cmpint (report->last_year, ==, 2024);
  g_assert_cmpint (report->baseline_year, ==, 2022);
  g_assert_cmpstr (report->period_label, ==, "2023-2024");
  g_assert_cmpint (report->year, ==, 2024);
  g_assert_cmpstr (report->date, ==, "2025-06-15");

  /* Pillars: three, each with its actions counted in SQL. */
  g_assert_cmpuint (report->pillars->len, ==, 3);
  g_assert_cmpint (sqlf (f, "SELECT COUNT(*) FROM pillar WHERE plan_id = 1"), ==, 3);
  for (guint i = 0; i < report->pillars->len; i++)
    {
      const OndReportPillar *p = g_ptr_array_index (report->pillars, i);
      g_autofree char *name = NULL;

      g_assert_cmpint (p->number, ==, (int) i + 1);
      name = sql_text (f->path, "SELECT name FROM pillar WHERE plan_id = 1 AND number = ?",
                       p->number);
      g_assert_cmpstr (p->name, ==, name);
      g_assert_true (g_str_has_prefix (p->title, "Pijler "));
      g_assert_cmpuint (p->progress.actions.total, ==,
                        sql_int (f->path, "SELECT COUNT(*) FROM action a JOIN pillar p"
                                 " ON p.id = a.pillar_id WHERE p.plan_id = 1 AND p.number = ?",
                                 p->number));
      g_assert_cmpuint (p->progress.actions.by_status[OND_PLAN_PROGRESS_GEREED], ==,
                        sql_int (f->path, "SELECT COUNT(*) FROM action a JOIN pillar p"
                                 " ON p.id = a.pillar_id WHERE p.plan_id = 1 AND p.number = ?"
                                 " AND a.status = 'gereed'", p->number));
      /* Planning rows count for pillar 1 only (rows of a theme), those of 2024. */
      g_assert_cmpuint (p->progress.planning.total, ==,
                        p->number == 1 ? sqlf (f, "SELECT COUNT(*) FROM plan_item"
                                               " WHERE plan_id = 1 AND year = 2024"
                                               " AND theme_id IS NOT NULL") : 0);
    }
  g_assert_cmpstr (((OndReportPillar *) report->pillars->pdata[0])->explanation, ==,
                   "Pijler 1 algemeen.");
  g_assert_cmpstr (((OndReportPillar *) report->pillars->pdata[1])->explanation, ==,
                   "Pijler 2 in 2024.");
  g_assert_null (((OndReportPillar *) report->pillars->pdata[2])->explanation);

  /* The whole plan: 8 rows of 2024, one done; every one not done is overdue on
   * 2025-06-15 (2024 has ended). */
  g_assert_cmpuint (report->progress.planning.total, ==, 8);
  g_assert_cmpuint (report->progress.planning.by_status[OND_PLAN_PROGRESS_GEREED], ==, 1);
  g_assert_cmpuint (report->progress.planning.overdue, ==,
                    sqlf (f, "SELECT COUNT(*) FROM plan_item WHERE plan_id = 1 AND year = 2024"
                          " AND status NOT IN ('gereed', 'vervallen')"));
  g_assert_cmpuint (report->progress.actions.total, ==,
                    sqlf (f, "SELECT COUNT(*) FROM action WHERE plan_id = 1"));

  /* The planning per theme: the six themes, then the rows without one; every row of the
   * plan once, overdue unless done or dropped. */
  g_assert_cmpuint (report->themes->len, ==, 7);
  for (guint t = 0; t < report->themes->len; t++)
    {
      const OndReportTheme *theme = g_ptr_array_index (report->themes, t);

      if (t < 6)
        g_assert_cmpuint (theme->rows->len, ==,
                          sql_int (f->path, "SELECT COUNT(*) FROM plan_item WHERE theme_id = ?",
                                   theme->theme_id));
      else
        {
          g_assert_cmpint (theme->theme_id, ==, 0);
          g_assert_cmpstr (theme->name, ==, "Geen thema");
          g_assert_cmpuint (theme->rows->len, ==,
                            sqlf (f, "SELECT COUNT(*) FROM plan_item WHERE plan_id = 1"
                                  " AND theme_id IS NULL"));
        }
      for (guint i = 0; i < theme->rows->len; i++)
        {
          const OndReportPlanRow *row = g_ptr_array_index (theme->rows, i);
          g_autofree char *status = sql_text (f->path, "SELECT status FROM plan_item"
                                              " WHERE id = ?", row->plan_item_id);
          g_autofree char *what = sql_text (f->path, "SELECT what FROM plan_item WHERE id = ?",
                                            row->plan_item_id);

          g_assert_cmpstr (row->status, ==, status);
          g_assert_cmpstr (row->text, ==, what);
          g_assert_cmpint (row->overdue, ==,
                           g_strcmp0 (status, "gereed") != 0 &&
                           g_strcmp0 (status, "vervallen") != 0);
          n_rows++;
        }
    }
  g_assert_cmpuint (n_rows, ==, 34);
}

/* The monitoring figures: values, baseline, target, status, explanation. */
static void
test_figures (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(OndReport) report = NULL;
  const OndReportFigure *controls = NULL, *businesses = NULL, *resilience = NULL;
  const OndReportFigure *drugs = NULL, *mma = NULL;

  fill (f);
  report = gather (f, 2024);

  g_assert_cmpuint (report->figures->len, ==, sqlf (f, "SELECT COUNT(*) FROM indicator"));
  for (guint i = 0; i < report->figures->len; i++)
    {
      const OndReportFigure *fig = g_ptr_array_index (report->figures, i);
      const OndReportValue *baseline = &g_array_index (fig->values, OndReportValue, 0);
      g_autofree char *code = sql_text (f->path, "SELECT code FROM indicator WHERE id = ?",
                                        fig->indicator_id);
      gint64 target = sql_int (f->path, "SELECT coalesce(sum(t.value), -1) FROM target t"
                               " JOIN plan_item p ON p.id = t.plan_item_id"
                               " WHERE p.plan_id = 1 AND p.year = 2024 AND t.indicator_id = ?",
                               fig->indicator_id);
      gint64 hand = sql_int (f->path, "SELECT value FROM indicator_value"
                             " WHERE year = 2022 AND indicator_id = ?", fig->indicator_id);

      g_assert_cmpstr (fig->code, ==, code);
      g_assert_cmpuint (fig->values->len, ==, 3);
      g_assert_cmpint (baseline->year, ==, 2022);
      /* The baseline is the hand value of 2022 (sql_int gives -1 for none). */
      g_assert_cmpint (baseline->has_value, ==, hand >= 0);
      if (hand >= 0)
        g_assert_cmpint (baseline->value, ==, hand);
      g_assert_cmpint (fig->target, ==, target);
      g_assert_cmpint (fig->behind, ==, fig->status == OND_FIGURE_STATUS_BEHIND ||
                                        fig->status == OND_FIGURE_STATUS_FAR_BEHIND);
      g_assert_cmpint (fig->explanation_missing, ==, fig->behind && fig->explanation == NULL);

      if (g_str_equal (fig->code, "integrated_controls"))
        controls = fig;
      else if (g_str_equal (fig->code, "integrated_control_businesses"))
        businesses = fig;
      else if (g_str_equal (fig->code, "resilience_actions"))
        resilience = fig;
      else if (g_str_equal (fig->code, "district_drug_actions"))
        drugs = fig;
      else if (g_str_equal (fig->code, "mma_reports"))
        mma = fig;
    }
  g_assert_nonnull (controls);
  g_assert_nonnull (businesses);
  g_assert_nonnull (resilience);
  g_assert_nonnull (drugs);
  g_assert_nonnull (mma);

  /* Counted in SQL: 2024 is index 2, 2023 index 1. */
  g_assert_cmpint (g_array_index (mma->values, OndReportValue, 2).value, ==,
                   sqlf (f, "SELECT COUNT(*) FROM case_file WHERE source = 'mma' AND " IN_2024));
  g_assert_cmpint (g_array_index (mma->values, OndReportValue, 2).value, ==, 2);
  g_assert_cmpint (g_array_index (mma->values, OndReportValue, 1).value, ==, 1);
  g_assert_cmpint (g_array_index (controls->values, OndReportValue, 2).value, ==,
                   sqlf (f, "SELECT COUNT(*) FROM control WHERE kind = 'integraal'"
                         " AND date LIKE '2024-%%'"));
  g_assert_cmpint (g_array_index (businesses->values, OndReportValue, 2).value, ==,
                   sqlf (f, "SELECT sum(businesses) FROM control WHERE kind = 'integraal'"
                         " AND date LIKE '2024-%%'"));
  g_assert_cmpint (g_array_index (drugs->values, OndReportValue, 2).value, ==, 4);
  g_assert_cmpint (g_array_index (resilience->values, OndReportValue, 2).value, ==, 1);

  /* 2024 has ended: 7 of 10 and 56 of 80 (70 %) are behind, 4 of 4 on track, 1 of 4 far
   * behind. */
  g_assert_cmpint (controls->target, ==, 10);
  g_assert_cmpint (controls->status, ==, OND_FIGURE_STATUS_BEHIND);
  g_assert_cmpstr (controls->status_label, ==, "Achter");
  g_assert_cmpstr (controls->explanation, ==, "Drie controles schoven naar 2025.");
  g_assert_false (controls->explanation_missing);
  g_assert_cmpint (businesses->status, ==, OND_FIGURE_STATUS_BEHIND);
  g_assert_true (businesses->explanation_missing);
  g_assert_cmpint (drugs->status, ==, OND_FIGURE_STATUS_ON_TRACK);
  g_assert_cmpstr (drugs->status_label, ==, "Op koers");
  g_assert_false (drugs->explanation_missing);
  g_assert_cmpint (resilience->status, ==, OND_FIGURE_STATUS_FAR_BEHIND);
  g_assert_cmpstr (resilience->status_label, ==, "Ver achter");
  g_assert_true (resilience->explanation_missing);
  g_assert_cmpint (mma->target, ==, -1);
  g_assert_cmpint (mma->status, ==, OND_FIGURE_STATUS_NONE);
}

/* The budget per line and year, the year totals and every flagged difference. */
static void
test_budget (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(OndReport) report = NULL;
  guint n_flagged_lines = 0;

  fill (f);
  report = gather (f, 2024);

  g_assert_cmpuint (report->lines->len, ==, sqlf (f, "SELECT COUNT(*) FROM budget_line"
                                                  " WHERE plan_id = 1"));
  for (guint i = 0; i < report->lines->len; i++)
    {
      const OndReportLine *l = g_ptr_array_index (report->lines, i);

      g_assert_cmpuint (l->years->len, ==, 2);
      for (guint y = 0; y < l->years->len; y++)
        {
          const OndReportLineYear *ly = &g_array_index (l->years, OndReportLineYear, y);
          gint64 budget, spent, committed;

          g_assert_cmpint (ly->year, ==, 2023 + (int) y);
          budget = sqlf (f, "SELECT amount_cents + coalesce((SELECT sum(amount_cents)"
                         " FROM budget_change c"
                         " WHERE c.line_id = a.line_id AND c.year = a.year), 0)"
                         " FROM budget_amount a WHERE line_id = %" G_GINT64_FORMAT
                         " AND year = %d", l->line_id, ly->year);
          spent = sqlf (f, "SELECT coalesce(sum(amount_cents), 0) FROM booking"
                        " WHERE kind = 'realisatie' AND line_id = %" G_GINT64_FORMAT
                        " AND date LIKE '%d-%%'", l->line_id, ly->year);
          /* A commitment less what was realised against its reference. */
          committed = sqlf (f, "SELECT coalesce(sum(CASE WHEN still_open > 0"
                            " THEN still_open ELSE 0 END), 0)"
                            " FROM (SELECT v.amount_cents - coalesce("
                            "  (SELECT sum(r.amount_cents) FROM booking r"
                            "   WHERE r.kind = 'realisatie' AND r.reference = v.reference), 0)"
                            "  AS still_open FROM booking v WHERE v.kind = 'verplichting'"
                            " AND v.line_id = %" G_GINT64_FORMAT " AND v.date LIKE '%d-%%') AS o",
                            l->line_id, ly->year);
          g_assert_cmpint (ly->budgeted, ==, budget);
          g_assert_cmpint (ly->spent, ==, spent);
          g_assert_cmpint (ly->committed, ==, committed);
          g_assert_cmpint (ly->remaining, ==, budget - spent - committed);
          if (ly->flags != OND_LINE_FLAG_NONE)
            n_flagged_lines++;
        }
    }
  /* Only Integrale controles in 2024 is over its budget. */
  g_assert_cmpuint (n_flagged_lines, ==, 1);

  g_assert_cmpuint (report->years->len, ==, 2);
  for (guint y = 0; y < report->years->len; y++)
    {
      const OndReportYear *year = g_ptr_array_index (report->years, y);
      gint64 lines = sqlf (f, "SELECT sum(amount_cents) FROM budget_amount a JOIN budget_line l"
                           " ON l.id = a.line_id WHERE l.plan_id = 1 AND a.year = %d",
                           year->year);
      gint64 funding = sqlf (f, "SELECT sum(amount_cents) FROM funding WHERE plan_id = 1"
                             " AND year = %d", year->year);
      gint64 stated = sqlf (f, "SELECT amount_cents FROM plan_total WHERE plan_id = 1"
                            " AND year = %d", year->year);
      guint expected = 0;

      g_assert_cmpint (year->year, ==, 2023 + (int) y);
      g_assert_cmpint (year->lines_total, ==, lines);
      g_assert_cmpint (year->funding_total, ==, funding);
      g_assert_true (year->has_stated_total);
      g_assert_cmpint (year->stated_total, ==, stated);
      expected += funding != lines;
      expected += stated != lines;
      expected += stated != funding;
      if (year->year == 2024)
        expected += 2;  /* the line over budget, the booking on no line */

      g_assert_cmpuint (year->differences->len, ==, expected);
      for (guint i = 0; i < year->differences->len; i++)
        {
          const OndReportDifference *d = g_ptr_array_index (year->differences, i);

          g_assert_cmpint (d->year, ==, year->year);
          g_assert_cmpint (d->explanation_missing, ==, d->explanation == NULL);
          switch (d->kind)
            {
            case OND_REPORT_DIFFERENCE_OVER_SPENT:
              g_assert_cmpint (d->amount, ==, 50000);
              g_assert_cmpstr (d->subject, ==, "Integrale controles");
              g_assert_cmpstr (d->explanation, ==, "Extra controle in de haven.");
              break;
            case OND_REPORT_DIFFERENCE_FUNDING:
              g_assert_cmpint (d->amount, ==, funding - lines);
              break;
            case OND_REPORT_DIFFERENCE_STATED_LINES:
              g_assert_cmpint (d->amount, ==, stated - lines);
              break;
            case OND_REPORT_DIFFERENCE_STATED_FUNDING:
              g_assert_cmpint (d->amount, ==, stated - funding);
              break;
            case OND_REPORT_DIFFERENCE_UNMATCHED:
              g_assert_cmpint (d->amount, ==, 12345);
              g_assert_cmpuint (d->n_bookings, ==, 1);
              g_assert_true (d->explanation_missing);
              break;
            default:
              g_assert_not_reached ();
            }
        }
    }

  /* The booking dated in 2026. */
  g_assert_cmpuint (report->other_differences->len, ==, 1);
  g_assert_cmpint (((OndReportDifference *) report->other_differences->pdata[0])->kind, ==,
                   OND_REPORT_DIFFERENCE_OUTSIDE);
  g_assert_cmpint (((OndReportDifference *) report->other_differences->pdata[0])->year, ==,
                   2026);
  g_assert_cmpint (((OndReportDifference *) report->other_differences->pdata[0])->amount, ==,
                   5000);

  /* Missing: 2 figures, the differences of the years without their explanation. */
  g_assert_cmpuint (ond_report_count_missing_explanations (report), >=, 4);
}

/* Case counts of 2024: per status, theme x status, source, outcome. */
static void
test_cases (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(OndReport) report = NULL;
  gint64 sum = 0;

  fill (f);
  report = gather (f, 2024);

  g_assert_cmpuint (report->case_statuses->len, ==, sqlf (f, "SELECT COUNT(*) FROM case_status"));
  for (guint s = 0; s < report->case_statuses->len; s++)
    {
      const OndCount *c = g_ptr_array_index (report->case_statuses, s);

      g_assert_cmpint (c->count, ==, sqlf (f, "SELECT COUNT(*) FROM case_file WHERE status = '%s'"
                                           " AND " IN_2024, c->code));
      sum += c->count;
    }
  /* A, B, C, D: the case of 2023 and the hidden one do not count. */
  g_assert_cmpint (sum, ==, 4);

  for (guint t = 0; t < report->cases_by_theme->len; t++)
    {
      const OndReportThemeCases *row = g_ptr_array_index (report->cases_by_theme, t);
      gint64 total = 0;

      g_assert_cmpuint (row->counts->len, ==, report->case_statuses->len);
      for (guint s = 0; s < row->counts->len; s++)
        {
          const OndCount *status = g_ptr_array_index (report->case_statuses, s);
          gint64 expected;

          if (row->theme_id != 0)
            expected = sqlf (f, "SELECT COUNT(*) FROM case_file WHERE theme_id = %"
                             G_GINT64_FORMAT " AND status = '%s' AND " IN_2024,
                             row->theme_id, status->code);
          else
            expected = sqlf (f, "SELECT COUNT(*) FROM case_file WHERE theme_id IS NULL"
                             " AND status = '%s' AND " IN_2024, status->code);
          g_assert_cmpint (g_array_index (row->counts, gint64, s), ==, expected);
          total += expected;
        }
      g_assert_cmpint (row->total, ==, total);
    }
  /* Six themes and no theme (no theme of another plan has signals). */
  g_assert_cmpuint (report->cases_by_theme->len, ==, 7);
  g_assert_cmpstr (((OndReportThemeCases *) report->cases_by_theme->pdata[6])->label, ==,
                   "Geen thema");
  g_assert_cmpint (((OndReportThemeCases *) report->cases_by_theme->pdata[6])->total, ==, 1);

  for (guint i = 0; i < report->cases_by_source->len; i++)
    {
      const OndCount *c = g_ptr_array_index (report->cases_by_source, i);

      g_assert_cmpint (c->count, ==, sqlf (f, "SELECT COUNT(*) FROM case_file WHERE source = '%s'"
                                           " AND " IN_2024, c->code));
    }
  for (guint i = 0; i < report->cases_by_outcome->len; i++)
    {
      const OndCount *c = g_ptr_array_index (report->cases_by_outcome, i);

      if (*c->code != '\0')
        g_assert_cmpint (c->count, ==, sqlf (f, "SELECT COUNT(*) FROM case_file"
                                             " WHERE status = 'gesloten' AND outcome = '%s'"
                                             " AND " IN_2024, c->code));
      if (g_str_equal (c->code, "deels"))
        g_assert_cmpint (c->count, ==, 1);
      if (g_str_equal (c->code, "effectief"))
        g_assert_cmpint (c->count, ==, 0);  /* A was reopened */
    }
}

/* No personal data in the report: not in its snapshot, though the database is full of it. */
static void
test_canary (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(OndReport) report = NULL;
  g_autoptr(GPtrArray) references = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *all = NULL;
  g_autofree char *text = NULL;

  fill (f);
  for (gint64 id = 1; id <= sqlf (f, "SELECT max(id) FROM case_file"); id++)
    g_ptr_array_add (references, sql_text (f->path, "SELECT reference FROM case_file"
                                           " WHERE id = ?", id));

  /* The canaries are in the database, with plain SQL. */
  all = sql_list (f->path,
                  "SELECT subject_name || address || summary || mma_number || police_number"
                  "  || riec_number || zaaknummer || coalesce(weighing_reason, '')"
                  "  || coalesce(outcome_note, '') AS x FROM case_file"
                  " UNION ALL SELECT reason FROM case_event"
                  " UNION ALL SELECT note FROM case_intervention"
                  " UNION ALL SELECT topic || decision FROM meeting_item"
                  " UNION ALL SELECT note FROM meeting"
                  " UNION ALL SELECT what FROM access_log"
                  " UNION ALL SELECT file_name FROM import_batch"
                  " UNION ALL SELECT reason FROM deletion_log"
                  " UNION ALL SELECT note FROM control"
                  " UNION ALL SELECT note FROM activity", 0, "|");
  for (guint i = 0; i < G_N_ELEMENTS (canaries); i++)
    g_assert_nonnull (strstr (all, canaries[i]));

  report = gather (f, 2024);
  text = ond_report_to_text (report);
  g_assert_nonnull (strstr (text, "Integrale controles"));
  for (guint i = 0; i < G_N_ELEMENTS (canaries); i++)
    {
      if (strstr (text, canaries[i]) != NULL)
        g_error ("The report's snapshot holds “%s”", canaries[i]);
    }
  for (guint i = 0; i < references->len; i++)
    {
      g_assert_cmpuint (strlen (references->pdata[i]), ==, 9);
      g_assert_null (strstr (text, references->pdata[i]));
    }
}

static void
test_year (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OndReport) report = NULL;
  g_autoptr(OndReport) defaulted = NULL;
  g_autoptr(GDateTime) in_2023 = g_date_time_new_local (2023, 3, 1, 9, 0, 0);

  g_assert_null (ond_report_gather (f->store, 0, 2025, f->today, &error));
  g_assert_error (error, OND_STORE_ERROR, OND_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "2025"));
  g_assert_nonnull (strstr (error->message, "2023-2024"));
  g_clear_error (&error);
  g_assert_null (ond_report_gather (f->store, 0, 2022, f->today, &error));
  g_assert_error (error, OND_STORE_ERROR, OND_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_null (ond_report_gather (f->store, 424242, 2024, f->today, &error));
  g_assert_error (error, OND_STORE_ERROR, OND_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  /* No scope is left open by a refusal. */
  g_assert_false (ond_store_in_council_scope (f->store));

  /* Year 0: today's year clamped to the plan (2025 -> 2024; in 2023, 2023). */
  defaulted = gather (f, 0);
  g_assert_cmpint (defaulted->year, ==, 2024);
  report = ond_report_gather (f->store, 1, 0, in_2023, &error);
  g_assert_no_error (error);
  g_assert_cmpint (report->year, ==, 2023);
  g_assert_cmpstr (report->date, ==, "2023-03-01");
}

/* The scope: personal data and writes refused, counts allowed, nothing nests. */
/* On a team server a refused statement aborts the scope's transaction, as every error in a
 * server transaction does: the scope is left and entered again. A file's scope goes on. */
static OndCouncilScope *
renew_scope (Fixture         *f,
             OndCouncilScope *scope)
{
  if (!ond_pg_is_uri (f->path))
    return scope;
  ond_council_scope_leave (scope);
  scope = ond_store_enter_council_scope (f->store);
  g_assert_nonnull (scope);
  return scope;
}

static void
test_scope (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OndCase) before = NULL;
  g_autoptr(OndCase) after = NULL;
  g_autoptr(OndCaseList) list = NULL;
  g_autoptr(GListModel) log = NULL;
  g_autoptr(GPtrArray) counts = NULL;
  g_autofree char *sum_before = NULL;
  g_autofree char *sum_after = NULL;
  OndCouncilScope *scope;
  gboolean server = ond_pg_is_uri (f->path);
  gint64 id, n = -1;

  fill (f);
  id = sqlf (f, "SELECT min(id) FROM case_file WHERE deleted_at IS NULL");
  before = ond_store_get_case (f->store, id, &error);
  g_assert_no_error (error);
  sum_before = snapshot (f);

  scope = ond_store_enter_council_scope (f->store);
  g_assert_nonnull (scope);
  g_assert_true (ond_store_in_council_scope (f->store));

  /* Personal data is refused: on a file by SQLite's authorizer, on a team server by the
   * server itself (the scope reads as the role ond_council_reader, ond-store-roles-pg.c),
   * where a refused statement also ends the scope's transaction: there the scope is opened
   * again after each refusal. */
  g_assert_null (ond_store_get_case (f->store, id, &error));
  if (server)
    g_assert_error (error, OND_STORE_ERROR, OND_STORE_ERROR_PERMISSION);
  else
    {
      g_assert_error (error, OND_STORE_ERROR, OND_STORE_ERROR_FAILED);
      g_assert_nonnull (strstr (error->message, "prohibited"));
    }
  g_clear_error (&error);
  scope = renew_scope (f, scope);
  g_assert_null (ond_store_list_access_log (f->store, NULL, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);
  scope = renew_scope (f, scope);
  g_assert_null (ond_store_list_case_events (f->store, id, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);
  scope = renew_scope (f, scope);
  g_assert_null (ond_store_list_case_interventions (f->store, id, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);
  scope = renew_scope (f, scope);

  /* The case list may count its rows (ids only), but reads none of them, and says why. */
  list = ond_case_list_new (f->store);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 5);
  g_assert_null (g_list_model_get_item (G_LIST_MODEL (list), 0));
  g_assert_nonnull (ond_case_list_get_error (list));
  if (server)
    g_assert_true (g_error_matches (ond_case_list_get_error (list), OND_STORE_ERROR,
                                    OND_STORE_ERROR_PERMISSION));
  else
    g_assert_nonnull (strstr (ond_case_list_get_error (list)->message, "prohibited"));
  g_clear_object (&list);
  scope = renew_scope (f, scope);

  /* Counts work. */
  counts = ond_store_count_cases (f->store, 2024, OND_CASE_COUNT_BY_STATUS, &error);
  g_assert_no_error (error);
  g_assert_nonnull (counts);
  g_assert_true (ond_store_count_signals (f->store, 2024, &n, &error));
  g_assert_no_error (error);
  g_assert_cmpint (n, ==, 4);

  /* Writes are refused, also those that would not touch a case. */
  g_assert_false (ond_store_move_case (f->store, id, OND_CASE_STATUS_INTERVENTION, NULL,
                                       &error));
  g_assert_nonnull (error);
  g_clear_error (&error);
  g_assert_cmpint (ond_store_set_explanation (f->store, 1, OND_EXPLANATION_YEAR, 0, 2024,
                                              "In de scope.", &error), ==, 0);
  g_assert_nonnull (error);
  g_clear_error (&error);
  g_assert_false (ond_store_log_access (f->store, "2024-0001", "Gelezen", &error));
  g_assert_nonnull (error);
  g_clear_error (&error);

  /* No second scope. */
  g_test_expect_message ("ond-store-council", G_LOG_LEVEL_CRITICAL, "*in_council_scope*");
  g_assert_null (ond_store_enter_council_scope (f->store));
  g_test_assert_expected_messages ();

  ond_council_scope_leave (scope);
  g_assert_false (ond_store_in_council_scope (f->store));

  /* Nothing was written; afterwards everything works as before. */
  sum_after = snapshot (f);
  g_assert_cmpstr (sum_before, ==, sum_after);
  g_assert_cmpint (sqlf (f, "SELECT COUNT(*) FROM explanation WHERE subject = 'year'"), ==, 0);
  after = ond_store_get_case (f->store, id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (ond_case_get_reference (after), ==, ond_case_get_reference (before));
  g_assert_cmpint (ond_store_set_explanation (f->store, 1, OND_EXPLANATION_YEAR, 0, 2024,
                                              "Na de scope.", &error), >, 0);
  g_assert_no_error (error);
}

/* The columns of @table, from the schema itself: the file's table_info, the server's
 * information_schema. Comma-separated. */
static char *
table_columns (Fixture    *f,
               const char *table)
{
  g_autofree char *sql = NULL;

  if (ond_pg_is_uri (f->path))
    sql = g_strdup_printf ("SELECT column_name FROM information_schema.columns"
                           " WHERE table_schema = current_schema() AND table_name = '%s'"
                           " ORDER BY ordinal_position", table);
  else
    sql = g_strdup_printf ("SELECT name FROM pragma_table_info('%s')", table);
  return sql_list (f->path, sql, 0, ",");
}

/* Every column of the tables that hold casework, read from the schema itself, is either
 * refused by the scope or named here as readable: a new column fails this test until
 * someone decides. */
static void
test_personal_columns (Fixture       *f,
                       gconstpointer  data)
{
  static const struct
  {
    const char *table;
    const char *personal;  /* NULL: the whole table */
  } expected[] = {
    { "case_file", "subject_name,address,summary,search_text,weighing_reason,outcome_note,"
                   "mma_number,police_number,riec_number,zaaknummer,reference" },
    { "case_event", "reason,who" },
    { "case_intervention", "note" },
    { "meeting", "note" },
    { "meeting_item", "topic,decision,decided_by" },
    { "access_log", NULL },
    { "deletion_log", NULL },
    { "import_batch", "file_name,who" },
    { "control", "note" },
    { "activity", "note" },
    { "measure", "" },
    { "stop_talk", "" },
    { "booking", "" },
    { "plan_item", "" },
    { "explanation", "" },
    { "council_report", "" },
  };
  guint n_refused = 0;

  for (guint t = 0; t < G_N_ELEMENTS (expected); t++)
    {
      g_autofree char *names = table_columns (f, expected[t].table);
      g_auto(GStrv) columns = NULL;
      g_auto(GStrv) personal = NULL;

      g_assert_nonnull (names);
      columns = g_strsplit (names, ",", -1);
      personal = expected[t].personal != NULL ? g_strsplit (expected[t].personal, ",", -1) : NULL;
      g_assert_cmpint (ond_council_is_personal (expected[t].table, ""), ==,
                       expected[t].personal == NULL);
      for (guint c = 0; columns[c] != NULL; c++)
        {
          gboolean refused = ond_council_is_personal (expected[t].table, columns[c]);

          if (personal == NULL || g_strv_contains ((const char * const *) personal, columns[c]))
            {
              if (!refused)
                g_error ("%s.%s is personal, but a council scope reads it",
                         expected[t].table, columns[c]);
              n_refused++;
            }
          else if (refused)
            g_error ("%s.%s is refused, but it is not on the list", expected[t].table,
                     columns[c]);
        }
      /* Every column on the list exists. */
      for (guint c = 0; personal != NULL && personal[c] != NULL && *personal[c] != '\0'; c++)
        g_assert_true (g_strv_contains ((const char * const *) columns, personal[c]));
    }
  g_assert_cmpuint (n_refused, ==, 11 + 2 + 1 + 1 + 3 + 5 + 8 + 2 + 1 + 1);
}

/* The snapshot round-trips exactly, as a variant and as text; damaged text is refused. */
static void
test_snapshot (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OndReport) report = NULL;
  g_autoptr(OndReport) back = NULL;
  g_autoptr(OndReport) from_text = NULL;
  g_autoptr(GVariant) variant = NULL;
  g_autoptr(GVariant) again = NULL;
  g_autofree char *text = NULL;
  g_autofree char *text_again = NULL;
  g_autofree char *cut = NULL;
  g_autoptr(GPtrArray) none = NULL;
  const OndReportFigure *fig;

  fill (f);
  report = gather (f, 2024);
  variant = ond_report_to_variant (report);
  g_assert_false (g_variant_is_floating (variant));
  back = ond_report_from_variant (variant, &error);
  g_assert_no_error (error);
  again = ond_report_to_variant (back);
  g_assert_true (g_variant_equal (variant, again));

  text = ond_report_to_text (report);
  from_text = ond_report_from_text (text, &error);
  g_assert_no_error (error);
  text_again = ond_report_to_text (from_text);
  g_assert_cmpstr (text, ==, text_again);

  /* A few fields by hand, NULL kept as NULL. */
  g_assert_cmpstr (from_text->plan_title, ==, report->plan_title);
  g_assert_cmpint (from_text->year, ==, 2024);
  g_assert_cmpuint (from_text->figures->len, ==, report->figures->len);
  fig = g_ptr_array_index (from_text->figures, 4);
  g_assert_cmpstr (fig->parent_code, ==, "drug_measures");
  g_assert_null (((OndReportFigure *) from_text->figures->pdata[0])->parent_code);
  g_assert_null (((OndReportPillar *) from_text->pillars->pdata[2])->explanation);
  g_assert_cmpuint (from_text->progress.planning.overdue, ==, report->progress.planning.overdue);
  none = ond_report_compare (report, from_text);
  g_assert_cmpuint (none->len, ==, 0);

  /* What the workbook shows besides: the funding per source and year as in the database,
   * the menukaart's marks, a planning row's target and place. */
  g_assert_cmpuint (from_text->funding->len, >, 0);
  for (guint i = 0; i < from_text->funding->len; i++)
    {
      const OndReportFunding *fu = g_ptr_array_index (from_text->funding, i);

      for (int y = 2023; y <= 2024; y++)
        g_assert_cmpint (g_array_index (fu->amounts, gint64, y - 2023), ==,
                         sqlf (f, "SELECT COALESCE(SUM(amount_cents), 0) FROM funding"
                                   " WHERE source = '%s' AND year = %d", fu->source, y));
    }
  g_assert_cmpint (from_text->menu->len, ==,
                   sqlf (f, "SELECT COUNT(*) FROM intervention WHERE retired = 0"));
  g_assert_cmpint (from_text->menu_partners->len, ==,
                   sqlf (f, "SELECT COUNT(DISTINCT ip.partner_id) FROM intervention_partner ip"
                             " JOIN intervention i ON i.id = ip.intervention_id"
                             " WHERE i.retired = 0"));
  {
    gint64 marks = 0;

    for (guint i = 0; i < from_text->menu->len; i++)
      {
        const OndReportMenuRow *m = g_ptr_array_index (from_text->menu, i);

        g_assert_cmpuint (m->marks->len, ==, from_text->menu_partners->len);
        for (guint j = 0; j < m->marks->len; j++)
          marks += g_array_index (m->marks, gboolean, j) ? 1 : 0;
      }
    g_assert_cmpint (marks, ==,
                     sqlf (f, "SELECT COUNT(*) FROM intervention_partner ip"
                               " JOIN intervention i ON i.id = ip.intervention_id"
                               " WHERE i.retired = 0"));
  }
  {
    guint n_rows = 0, n_targets = 0;
    g_autoptr(GHashTable) positions = g_hash_table_new (NULL, NULL);

    for (guint t = 0; t < from_text->themes->len; t++)
      {
        const OndReportTheme *theme = g_ptr_array_index (from_text->themes, t);

        for (guint i = 0; i < theme->rows->len; i++)
          {
            const OndReportPlanRow *row = g_ptr_array_index (theme->rows, i);

            g_hash_table_add (positions, GUINT_TO_POINTER (row->position + 1));
            n_rows++;
            n_targets += row->targets != NULL;
          }
      }
    /* Every row has its own place, 0 .. n - 1. */
    g_assert_cmpuint (g_hash_table_size (positions), ==, n_rows);
    for (guint i = 0; i < n_rows; i++)
      g_assert_true (g_hash_table_contains (positions, GUINT_TO_POINTER (i + 1)));
    g_assert_cmpint (n_targets, ==,
                     sqlf (f, "SELECT COUNT(DISTINCT plan_item_id) FROM target"));
    g_assert_cmpuint (n_targets, >, 0);
  }

  /* A snapshot of layout 1 (before these were kept) still reads, without them; a later
   * layout than this version knows is refused. */
  {
    g_autoptr(GVariant) v1 = NULL;
    g_autoptr(OndReport) old = NULL;
    g_auto(GVariantDict) d = G_VARIANT_DICT_INIT (variant);

    g_variant_dict_insert_value (&d, "version", g_variant_new_uint32 (1));
    g_variant_dict_remove (&d, "funding");
    g_variant_dict_remove (&d, "menu_partners");
    g_variant_dict_remove (&d, "menu");
    v1 = g_variant_ref_sink (g_variant_dict_end (&d));
    old = ond_report_from_variant (v1, &error);
    g_assert_no_error (error);
    g_assert_cmpuint (old->funding->len, ==, 0);
    g_assert_cmpuint (old->menu->len, ==, 0);
    g_assert_cmpuint (old->figures->len, ==, report->figures->len);
  }
  {
    g_autoptr(GVariant) v3 = NULL;
    g_auto(GVariantDict) d = G_VARIANT_DICT_INIT (variant);

    g_variant_dict_insert_value (&d, "version", g_variant_new_uint32 (3));
    v3 = g_variant_ref_sink (g_variant_dict_end (&d));
    g_assert_null (ond_report_from_variant (v3, &error));
    g_assert_error (error, OND_STORE_ERROR, OND_STORE_ERROR_INVALID);
    g_clear_error (&error);
  }

  /* Damaged: cut short, not a dictionary, a field missing, another version. */
  cut = g_strndup (text, strlen (text) / 2);
  g_assert_null (ond_report_from_text (cut, &error));
  g_assert_error (error, OND_STORE_ERROR, OND_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_null (ond_report_from_text ("[1, 2, 3]", &error));
  g_assert_error (error, OND_STORE_ERROR, OND_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_null (ond_report_from_text ("{'version': <uint32 1>, 'plan_id': <int64 1>}", &error));
  g_assert_error (error, OND_STORE_ERROR, OND_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "plan_title"));
  g_clear_error (&error);
  g_assert_null (ond_report_from_text ("{'version': <uint32 2>}", &error));
  g_assert_error (error, OND_STORE_ERROR, OND_STORE_ERROR_INVALID);
  g_clear_error (&error);
}

static char *
write_file (Fixture    *f,
            const char *name,
            const char *contents)
{
  g_autoptr(GError) error = NULL;
  char *path = g_build_filename (f->dir, name, NULL);

  g_assert_true (g_file_set_contents (path, contents, -1, &error));
  g_assert_no_error (error);
  return path;
}

/* Reports on record: recorded, listed, read back, compared with today. */
static void
test_record (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OndReport) report = NULL;
  g_autoptr(OndReport) snapshot_back = NULL;
  g_autoptr(OndCouncilReport) got = NULL;
  g_autoptr(GPtrArray) list = NULL;
  g_autoptr(GPtrArray) changes = NULL;
  g_autofree char *pdf = NULL;
  g_autofree char *sha = NULL;
  g_autofree char *figures = NULL;
  g_autofree char *text = NULL;
  g_autofree char *expected = NULL;
  gboolean seen_mma = FALSE, seen_line = FALSE, seen_funding = FALSE;
  g_autofree char *funding_label = NULL;
  g_autofree char *funding_what = NULL;
  gint64 first, second;

  fill (f);
  report = gather (f, 2024);
  pdf = write_file (f, "rapport.pdf", "%PDF-1.5 niet echt");
  sha = ond_council_report_file_sha256 (pdf, &error);
  g_assert_no_error (error);
  expected = g_compute_checksum_for_string (G_CHECKSUM_SHA256, "%PDF-1.5 niet echt", -1);
  g_assert_cmpstr (sha, ==, expected);

  first = ond_store_record_council_report_file (f->store, OND_COUNCIL_REPORT_PDF, pdf, report,
                                                &error);
  g_assert_no_error (error);
  second = ond_store_record_council_report (f->store, OND_COUNCIL_REPORT_XLSX,
                                            "ABCDEF0123456789ABCDEF0123456789"
                                            "ABCDEF0123456789ABCDEF0123456789", report, &error);
  g_assert_no_error (error);
  g_assert_cmpint (first, >, 0);
  g_assert_cmpint (second, >, first);

  /* In the table, as plain SQL reads it. */
  g_assert_cmpint (sqlf (f, "SELECT COUNT(*) FROM council_report"), ==, 2);
  text = sql_text (f->path, "SELECT kind || ' ' || year || ' ' || sha256 FROM council_report"
                   " WHERE id = ?", first);
  g_assert_true (g_str_has_prefix (text, "pdf 2024 "));
  g_assert_true (g_str_has_suffix (text, sha));
  figures = sql_text (f->path, "SELECT figures FROM council_report WHERE id = ?", second);
  g_free (expected);
  expected = ond_report_to_text (report);
  g_assert_cmpstr (figures, ==, expected);
  g_free (text);
  text = sql_text (f->path, "SELECT sha256 FROM council_report WHERE id = ?", second);
  g_assert_cmpstr (text, ==, "abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789");

  list = ond_store_list_council_reports (f->store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (list->len, ==, 2);
  g_assert_cmpint (((OndCouncilReport *) list->pdata[0])->id, ==, second);
  g_assert_cmpint (((OndCouncilReport *) list->pdata[0])->kind, ==, OND_COUNCIL_REPORT_XLSX);
  g_assert_cmpint (((OndCouncilReport *) list->pdata[1])->kind, ==, OND_COUNCIL_REPORT_PDF);
  g_assert_cmpint (((OndCouncilReport *) list->pdata[1])->year, ==, 2024);
  g_assert_cmpstr (((OndCouncilReport *) list->pdata[1])->sha256, ==, sha);
  g_assert_cmpstr (((OndCouncilReport *) list->pdata[1])->who, ==, ond_council_who ());
  g_assert_nonnull (((OndCouncilReport *) list->pdata[1])->made_at);

  got = ond_store_get_council_report (f->store, first, &snapshot_back, &error);
  g_assert_no_error (error);
  g_assert_cmpint (got->id, ==, first);
  g_assert_nonnull (snapshot_back);
  g_free (text);
  text = ond_report_to_text (snapshot_back);
  g_assert_cmpstr (text, ==, figures);

  /* Nothing changed yet. */
  changes = ond_store_compare_council_report (f->store, first, f->today, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (changes->len, ==, 0);
  g_clear_pointer (&changes, g_ptr_array_unref);

  /* A new MMA signal of 2024 and a booking later: the figure and the line changed. */
  case_with (f, "2024-12-01", "mma", "Drugs", "Nog een Zwaluwstaart", "Kanarieweg 713",
             "Kanarie-samenvatting");
  sql_exec (f->path,
            "INSERT INTO booking (date, line_id, amount_cents, kind, reference)"
            "  SELECT '2024-11-01', id, 4000, 'realisatie', 'F-77'"
            "  FROM budget_line WHERE name = 'Meld Misdaad Anoniem (MMA)';"
            "UPDATE funding SET amount_cents = amount_cents + 100000"
            "  WHERE id = (SELECT min(id) FROM funding WHERE year = 2024);");
  funding_label = sql_text (f->path, "SELECT s.label FROM funding AS u"
                                     " JOIN funding_source AS s ON s.code = u.source"
                                     " WHERE u.id = (SELECT min(id) FROM funding"
                                     "               WHERE year = ?)", 2024);
  funding_what = g_strdup_printf ("Dekking %s, 2024", funding_label);
  changes = ond_store_compare_council_report (f->store, first, f->today, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < changes->len; i++)
    {
      const OndReportChange *c = g_ptr_array_index (changes, i);

      if (g_str_equal (c->what, "Meldingen ondermijning via Meld Misdaad Anoniem, 2024"))
        {
          g_assert_cmpstr (c->section, ==, "Monitoring");
          g_assert_cmpstr (c->then, ==, "2");
          g_assert_cmpstr (c->now, ==, "3");
          seen_mma = TRUE;
        }
      if (g_str_equal (c->what, "Meld Misdaad Anoniem (MMA), 2024: besteed"))
        {
          g_assert_cmpstr (c->then, ==, "€ 300");
          g_assert_cmpstr (c->now, ==, "€ 340");
          seen_line = TRUE;
        }
      if (g_str_equal (c->what, funding_what))
        {
          g_assert_cmpstr (c->section, ==, "Begroting");
          seen_funding = TRUE;
        }
      g_assert_cmpstr (c->then, !=, c->now);
    }
  g_assert_true (seen_mma);
  g_assert_true (seen_line);
  g_assert_true (seen_funding);

  /* Not on record. */
  g_assert_null (ond_store_get_council_report (f->store, 999, NULL, &error));
  g_assert_error (error, OND_STORE_ERROR, OND_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
}

static void
test_record_refused (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OndReport) report = gather (f, 2024);
  g_autofree char *missing = g_build_filename (f->dir, "weg", "rapport.pdf", NULL);
  g_autofree char *pdf = write_file (f, "rapport.pdf", "inhoud");
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  g_assert_cmpint (ond_store_record_council_report (f->store, OND_COUNCIL_REPORT_PDF, "abc",
                                                    report, &error), ==, 0);
  g_assert_error (error, OND_STORE_ERROR, OND_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (ond_store_record_council_report (f->store, OND_COUNCIL_REPORT_PDF,
                                                    "zz23456789abcdef0123456789abcdef"
                                                    "0123456789abcdef0123456789abcdef",
                                                    report, &error), ==, 0);
  g_assert_error (error, OND_STORE_ERROR, OND_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (ond_store_record_council_report_file (f->store, OND_COUNCIL_REPORT_PDF,
                                                         missing, report, &error), ==, 0);
  g_assert_nonnull (error);
  g_clear_error (&error);
  g_assert_cmpint (sqlf (f, "SELECT COUNT(*) FROM council_report"), ==, 0);

  /* A read-only file: not recorded, not changed (a file's permission: file-only). */
  if (ond_pg_is_uri (f->path))
    return;
  g_clear_object (&f->store);
  before = ond_test_file_checksum (f->path);
  g_assert_cmpint (g_chmod (f->path, 0444), ==, 0);
  f->store = ond_store_open (f->path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (ond_store_record_council_report_file (f->store, OND_COUNCIL_REPORT_XLSX,
                                                         pdf, report, &error), ==, 0);
  g_assert_error (error, OND_STORE_ERROR, OND_STORE_ERROR_READ_ONLY);
  g_clear_error (&error);
  /* The report can still be gathered from it. */
  g_clear_pointer (&report, ond_report_free);
  report = gather (f, 2024);
  g_clear_object (&f->store);
  after = ond_test_file_checksum (f->path);
  g_assert_cmpstr (before, ==, after);
  g_chmod (f->path, 0600);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  ADD_TEST ("/ond/report/plan", test_plan);
  ADD_TEST ("/ond/report/figures", test_figures);
  ADD_TEST ("/ond/report/budget", test_budget);
  ADD_TEST ("/ond/report/cases", test_cases);
  ADD_TEST ("/ond/report/canary", test_canary);
  ADD_TEST ("/ond/report/year", test_year);
  ADD_TEST ("/ond/report/scope", test_scope);
  ADD_TEST ("/ond/report/personal-columns", test_personal_columns);
  ADD_TEST ("/ond/report/snapshot", test_snapshot);
  ADD_TEST ("/ond/report/record", test_record);
  ADD_TEST ("/ond/report/record-refused", test_record_refused);

  return g_test_run ();
}
