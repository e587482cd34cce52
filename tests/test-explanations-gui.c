/* test-explanations-gui.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Explanations for the council written in the main window, on a freshly seeded database,
 * as a user would. Pillar 2's card says it has none; its explanation is written in the
 * form (a blank text is refused below the field and writes nothing), then changed in the
 * form of an existing explanation, which saves each change without a button, then deleted
 * after confirming and brought back by the toast's Undo, with its text and id; then one of
 * its own for 2024, which the report of 2024 prints and that of 2023 does not. The detail
 * of a figure behind its target (integrale controles 2024: none of the 10) warns that the
 * council report will flag it; once its explanation is written the warning is gone, and
 * the report data no longer counts it as missing. Runs on a display: xvfb-run in CI. */

#include "config.h"

#include <adwaita.h>

#include "ond-explanation-dialog.h"
#include "ond-figure-detail.h"
#include "ond-gui-test-util.h"
#include "ond-monitoring-view.h"
#include "ond-report.h"
#include "ond-store-explanations.h"

#define WARNING "The council report will flag this figure: no explanation"

static gint64
current_plan_id (OndStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OndPlan) plan = ond_store_dup_current_plan (store, &error);

  g_assert_no_error (error);
  return ond_plan_get_id (plan);
}

/* The pillar's explanation for every year, as the store has it; NULL if none. */
static OndExplanation *
pillar_explanation (OndStore  *store,
                    OndPillar *pillar)
{
  g_autoptr(GError) error = NULL;
  OndExplanation *explanation = NULL;

  g_assert_true (ond_store_get_explanation (store, current_plan_id (store),
                                            OND_EXPLANATION_PILLAR, ond_pillar_get_id (pillar),
                                            0, &explanation, &error));
  g_assert_no_error (error);
  return explanation;
}

static guint
n_explanations (OndStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) all = ond_store_list_explanations (store, current_plan_id (store),
                                                          &error);

  g_assert_no_error (error);
  return all->len;
}

static void
set_text (OndExplanationDialog *dialog,
          const char           *text)
{
  GtkTextView *view = find_first (GTK_WIDGET (dialog), GTK_TYPE_TEXT_VIEW);

  g_assert_nonnull (view);
  g_assert_null (gtk_test_accessible_check_property (GTK_ACCESSIBLE (view),
                                                     GTK_ACCESSIBLE_PROPERTY_LABEL,
                                                     "Explanation"));
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (view), text, -1);
}

/* Every button of @root that is shown has an accessible name (its label or its own). */
static void
assert_buttons_named (GtkWidget *root)
{
  g_autoptr(GPtrArray) buttons = find_all (root, GTK_TYPE_BUTTON);

  for (guint i = 0; i < buttons->len; i++)
    {
      GtkWidget *button = g_ptr_array_index (buttons, i);
      const char *label = gtk_button_get_label (GTK_BUTTON (button));

      if (!gtk_widget_get_mapped (button))
        continue;
      g_assert_true ((label != NULL && label[0] != '\0') ||
                     gtk_widget_get_tooltip_text (button) != NULL ||
                     gtk_test_accessible_has_property (GTK_ACCESSIBLE (button),
                                                       GTK_ACCESSIBLE_PROPERTY_LABEL));
    }
}

static void
test_pillar_explanation (GuiFixture    *f,
                         gconstpointer  data)
{
  OndStore *store = gui_open_store (f->path);
  OndWindow *window = gui_show_window (f->app, store, f->settings);
  OndPillarView *view = gui_choose_pillar (window, "Pillar 2");
  g_autoptr(OndPillar) pillar = g_object_ref (ond_pillar_view_get_pillar (view));
  OndExplanationDialog *dialog;
  g_autoptr(OndExplanation) written = NULL;
  g_autoptr(OndExplanation) edited = NULL;
  g_autoptr(OndExplanation) restored = NULL;
  OndExplanation *none;
  GtkWidget *overlay;
  GtkWidget *button;
  GtkWidget *year;

  g_assert_nonnull (pillar);
  g_assert_cmpuint (n_explanations (store), ==, 0);
  g_assert_true (has_label (GTK_WIDGET (view), "Explanation for the Council"));
  g_assert_true (has_label (GTK_WIDGET (view), "No explanation yet"));
  g_assert_null (find_button (GTK_WIDGET (view), "_Edit Explanation…"));
  button = find_button (GTK_WIDGET (view), "_Write Explanation…");
  g_assert_nonnull (button);
  g_assert_null (gtk_test_accessible_check_property (GTK_ACCESSIBLE (button),
                                                     GTK_ACCESSIBLE_PROPERTY_LABEL,
                                                     "Write Explanation…"));

  /* A new explanation: its subject above the text, Cancel and Add. A blank text is refused
   * below the field and nothing is written. */
  dialog = click_for_dialog (button, OND_TYPE_EXPLANATION_DIALOG);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (dialog)), ==, "Write Explanation");
  g_assert_true (has_label (GTK_WIDGET (dialog), ond_pillar_get_title (pillar)));
  g_assert_true (g_str_has_prefix (ond_pillar_get_title (pillar), "Pijler 2: "));
  g_assert_null (find_button (GTK_WIDGET (dialog), "_Delete Explanation…"));
  assert_buttons_named (GTK_WIDGET (dialog));
  set_text (dialog, "  \n ");
  click (find_button (GTK_WIDGET (dialog), "_Add"));
  run_until_idle ();
  assert_field_message (GTK_WIDGET (dialog), ADW_TYPE_PREFERENCES_ROW, "Explanation", "");
  g_assert_cmpuint (n_explanations (store), ==, 0);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (dialog)));

  set_text (dialog, "De kennissessies met de wijkteams liepen vertraging op.");
  click_response (dialog, "_Add");
  written = pillar_explanation (store, pillar);
  g_assert_nonnull (written);
  g_assert_cmpstr (written->text, ==, "De kennissessies met de wijkteams liepen vertraging op.");
  g_assert_cmpint (written->year, ==, 0);
  g_assert_cmpuint (n_explanations (store), ==, 1);
  run_until_idle ();
  g_assert_true (has_label (GTK_WIDGET (view),
                            "De kennissessies met de wijkteams liepen vertraging op."));
  g_assert_false (has_label (GTK_WIDGET (view), "No explanation yet"));

  /* An existing explanation: each change is saved at once, without a button; who wrote it
   * last is shown. A blank text is refused below the field and the last text stays. */
  dialog = click_for_dialog (find_button (GTK_WIDGET (view), "_Edit Explanation…"),
                             OND_TYPE_EXPLANATION_DIALOG);
  assert_saves_at_once (dialog, "Edit Explanation");
  assert_buttons_named (GTK_WIDGET (dialog));
  g_assert_true (any_label_contains (GTK_WIDGET (dialog), "Last written by "));
  set_text (dialog, "Vertraagd door personeelstekort; ingehaald in het vierde kwartaal.");
  wait_past_typing_pause ();
  edited = pillar_explanation (store, pillar);
  g_assert_cmpint (edited->id, ==, written->id);
  g_assert_cmpstr (edited->text, ==,
                   "Vertraagd door personeelstekort; ingehaald in het vierde kwartaal.");
  set_text (dialog, "");
  wait_past_typing_pause ();
  assert_field_message (GTK_WIDGET (dialog), ADW_TYPE_PREFERENCES_ROW, "Explanation", "");
  g_clear_pointer (&edited, ond_explanation_free);
  edited = pillar_explanation (store, pillar);
  g_assert_cmpstr (edited->text, ==,
                   "Vertraagd door personeelstekort; ingehaald in het vierde kwartaal.");
  set_text (dialog, "Vertraagd door personeelstekort.");
  wait_past_typing_pause ();

  /* Deleted after confirming: the form closes, the card says there is none; the toast's
   * Undo brings it back with its id. */
  click_response (click_for_dialog (find_button (GTK_WIDGET (dialog), "_Delete Explanation…"),
                                    ADW_TYPE_MESSAGE_DIALOG),
                  "_Delete");
  g_assert_null (find_window (OND_TYPE_EXPLANATION_DIALOG));
  none = pillar_explanation (store, pillar);
  g_assert_null (none);
  g_assert_cmpuint (n_explanations (store), ==, 0);
  run_until_idle ();
  g_assert_true (has_label (GTK_WIDGET (view), "No explanation yet"));

  overlay = find_first (GTK_WIDGET (window), ADW_TYPE_TOAST_OVERLAY);
  click (find_button (overlay, "_Undo"));
  run_until_idle ();
  restored = pillar_explanation (store, pillar);
  g_assert_nonnull (restored);
  g_assert_cmpint (restored->id, ==, written->id);
  g_assert_cmpstr (restored->text, ==, "Vertraagd door personeelstekort.");
  g_assert_true (has_label (GTK_WIDGET (view), "Vertraagd door personeelstekort."));

  /* One year of its own: the card's year choice offers every year and the plan's years.
   * For 2024 it says the report prints the one for every year, until 2024 has its own. */
  year = find_first (GTK_WIDGET (view), GTK_TYPE_DROP_DOWN);
  g_assert_nonnull (year);
  g_assert_null (gtk_test_accessible_check_property (GTK_ACCESSIBLE (year),
                                                     GTK_ACCESSIBLE_PROPERTY_LABEL,
                                                     "Year of the explanation"));
  g_assert_cmpuint (g_list_model_get_n_items (gtk_drop_down_get_model (GTK_DROP_DOWN (year))),
                    ==, 3);
  g_assert_cmpint (gtk_drop_down_get_selected (GTK_DROP_DOWN (year)), ==, 0);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (year), 2);
  run_until_idle ();
  g_assert_true (has_label (GTK_WIDGET (view), "None of its own for 2024; its report prints "
                                               "the one for every year: Vertraagd door "
                                               "personeelstekort."));
  dialog = click_for_dialog (find_button (GTK_WIDGET (view), "_Write Explanation…"),
                             OND_TYPE_EXPLANATION_DIALOG);
  g_assert_true (any_label_contains (GTK_WIDGET (dialog), " — 2024"));
  set_text (dialog, "In 2024 ingehaald met extra sessies.");
  click_response (dialog, "_Add");
  run_until_idle ();
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(OndExplanation) of_2024 = NULL;
    g_autoptr(OndExplanation) every_year = pillar_explanation (store, pillar);
    g_autoptr(GDateTime) now = g_date_time_new_now_local ();
    g_autoptr(OndReport) report_2024 = NULL;
    g_autoptr(OndReport) report_2023 = NULL;

    g_assert_true (ond_store_get_explanation (store, current_plan_id (store),
                                              OND_EXPLANATION_PILLAR,
                                              ond_pillar_get_id (pillar), 2024, &of_2024,
                                              &error));
    g_assert_no_error (error);
    g_assert_nonnull (of_2024);
    g_assert_cmpstr (of_2024->text, ==, "In 2024 ingehaald met extra sessies.");
    g_assert_cmpstr (every_year->text, ==, "Vertraagd door personeelstekort.");

    /* The report of 2024 prints 2024's own; the report of 2023 the one for every year. */
    report_2024 = ond_report_gather (store, 0, 2024, now, &error);
    g_assert_no_error (error);
    report_2023 = ond_report_gather (store, 0, 2023, now, &error);
    g_assert_no_error (error);
    g_assert_cmpstr (((OndReportPillar *) report_2024->pillars->pdata[1])->explanation, ==,
                     "In 2024 ingehaald met extra sessies.");
    g_assert_cmpstr (((OndReportPillar *) report_2023->pillars->pdata[1])->explanation, ==,
                     "Vertraagd door personeelstekort.");
  }
  g_assert_true (has_label (GTK_WIDGET (view), "In 2024 ingehaald met extra sessies."));
  g_assert_nonnull (find_button (GTK_WIDGET (view), "_Edit Explanation…"));

  /* Every year again: the one for every year. */
  gtk_drop_down_set_selected (GTK_DROP_DOWN (year), 0);
  run_until_idle ();
  g_assert_true (has_label (GTK_WIDGET (view), "Vertraagd door personeelstekort."));
  g_assert_false (has_label (GTK_WIDGET (view), "In 2024 ingehaald met extra sessies."));

  gui_close_window (window, store);
}

/* Whether the report of 2024 says the figure @code lacks its explanation. */
static gboolean
report_missing (OndStore   *store,
                const char *code)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(OndReport) report = ond_report_gather (store, 0, 2024, now, &error);

  g_assert_no_error (error);
  for (guint i = 0; i < report->figures->len; i++)
    {
      OndReportFigure *figure = g_ptr_array_index (report->figures, i);

      if (g_strcmp0 (figure->code, code) == 0)
        {
          g_assert_true (figure->behind);
          return figure->explanation_missing;
        }
    }
  g_error ("The report has no figure %s", code);
}

static void
test_figure_explanation (GuiFixture    *f,
                         gconstpointer  data)
{
  OndStore *store = gui_open_store (f->path);
  OndWindow *window = gui_show_window (f->app, store, f->settings);
  OndMonitoringView *view = gui_choose_section (window, "Monitoring", OND_TYPE_MONITORING_VIEW);
  GtkWidget *detail;
  GtkWidget *button;
  OndExplanationDialog *dialog;

  /* The plan is 2023-2024 and both years have ended: 2024 is reported, and no integrale
   * controle was counted in it against a target of 10. */
  g_assert_cmpint (ond_monitoring_view_get_year (view), ==, 2024);
  g_assert_true (report_missing (store, "integrated_controls"));
  g_assert_true (ond_monitoring_view_select_figure (view, "integrated_controls"));
  run_until_idle ();
  detail = find_first (GTK_WIDGET (view), OND_TYPE_FIGURE_DETAIL);
  g_assert_nonnull (detail);
  g_assert_true (has_label (detail, "Explanation for the Council, 2024"));
  g_assert_true (has_label (detail, WARNING));
  g_assert_true (has_label (detail, "No explanation yet"));

  button = find_button (detail, "_Write Explanation…");
  g_assert_nonnull (button);
  dialog = click_for_dialog (button, OND_TYPE_EXPLANATION_DIALOG);
  g_assert_true (any_label_contains (GTK_WIDGET (dialog), "Integrale controles 2024 — "));
  set_text (dialog, "De controles zijn verschoven naar 2025 door de verbouwing.");
  click_response (dialog, "_Add");
  run_until_idle ();

  g_assert_false (report_missing (store, "integrated_controls"));
  detail = find_first (GTK_WIDGET (view), OND_TYPE_FIGURE_DETAIL);
  g_assert_false (has_label (detail, WARNING));
  g_assert_true (has_label (detail, "De controles zijn verschoven naar 2025 door de verbouwing."));
  g_assert_nonnull (find_button (detail, "_Edit Explanation…"));

  gui_close_window (window, store);
}

int
main (int   argc,
      char *argv[])
{
  gui_test_init (&argc, &argv, "Explanations");
  gui_test_add ("/ond/explanations-gui/pillar", test_pillar_explanation);
  gui_test_add ("/ond/explanations-gui/figure", test_figure_explanation);
  return gui_test_run ();
}
