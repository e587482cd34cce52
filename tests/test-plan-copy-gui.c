/* test-plan-copy-gui.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* A new plan period and switching between periods in the main window, on a freshly seeded
 * database, driven as a user would. The form proposes 2025-2026 after 2023-2024 with the
 * title to match; each refusal shows below its field and writes nothing; the plan made is
 * shown in every section at once and is the current one after a restart. The plan switcher
 * appears with two plans and shows the other plan everywhere; a read-only file only shows
 * it, and starts no new period. Ctrl+F's action focuses the search of the section shown,
 * also on a page of the section that was not shown (the bookings of the Begroting). Runs
 * on a display: xvfb-run in CI. */

#include "config.h"

#include <adwaita.h>

#include "ond-budget-view.h"
#include "ond-cases-view.h"
#include "ond-gui-test-util.h"
#include "ond-monitoring-view.h"
#include "ond-overview-view.h"
#include "ond-partners-view.h"
#include "ond-pillar-view.h"
#include "ond-plan-copy-dialog.h"
#include "ond-plan.h"
#include "ond-planning-view.h"
#include "ond-registers-view.h"
#include "ond-store-plan-copy.h"
#include "ond-themes-view.h"

#define OLD_TITLE "Uitvoeringsplan ondermijning 2023-2024"
#define NEW_TITLE "Uitvoeringsplan ondermijning 2025-2026"

/* Every section of the window shows @plan. */
static void
assert_sections_show (OndWindow *window,
                      OndPlan   *plan)
{
  const GType types[] = {
    OND_TYPE_OVERVIEW_VIEW, OND_TYPE_PILLAR_VIEW, OND_TYPE_THEMES_VIEW, OND_TYPE_CASES_VIEW,
    OND_TYPE_REGISTERS_VIEW, OND_TYPE_MONITORING_VIEW, OND_TYPE_PLANNING_VIEW,
    OND_TYPE_BUDGET_VIEW, OND_TYPE_PARTNERS_VIEW,
  };
  guint n = 0;

  g_assert_true (ond_window_get_plan (window) == plan);
  for (guint t = 0; t < G_N_ELEMENTS (types); t++)
    {
      g_autoptr(GPtrArray) views = find_all (GTK_WIDGET (window), types[t]);

      g_assert_cmpuint (views->len, >, 0);
      for (guint i = 0; i < views->len; i++)
        {
          g_autoptr(OndPlan) shown = NULL;

          g_object_get (g_ptr_array_index (views, i), "plan", &shown, NULL);
          g_assert_true (shown == plan);
          n++;
        }
    }
  /* Three pillar views and one view of each other section. */
  g_assert_cmpuint (n, ==, 11);
}

static GtkDropDown *
plan_switcher (OndWindow *window)
{
  GtkDropDown *switcher = find_dropdown (GTK_WIDGET (window), "Plan Period");

  g_assert_nonnull (switcher);
  return switcher;
}

static OndPlan *
selected_plan (OndWindow *window)
{
  return gtk_drop_down_get_selected_item (plan_switcher (window));
}

/* Chooses the plan of @first_year in the switcher, as a user does. */
static void
choose_plan (OndWindow *window,
             int        first_year)
{
  GtkDropDown *switcher = plan_switcher (window);
  GListModel *plans = gtk_drop_down_get_model (switcher);

  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (switcher)));
  for (guint i = 0; i < g_list_model_get_n_items (plans); i++)
    {
      g_autoptr(OndPlan) plan = g_list_model_get_item (plans, i);

      if (ond_plan_get_first_year (plan) == first_year)
        {
          gtk_drop_down_set_selected (switcher, i);
          run_until_idle ();
          return;
        }
    }
  g_error ("no plan of %d is offered", first_year);
}

static const char *
state_of (OndStore *store,
          int       first_year)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) plans = ond_store_list_plans (store, &error);

  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (plans); i++)
    {
      g_autoptr(OndPlan) plan = g_list_model_get_item (plans, i);

      if (ond_plan_get_first_year (plan) == first_year)
        return g_intern_string (ond_plan_get_state (plan));
    }
  return NULL;
}

static guint
count_plans (OndStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) plans = ond_store_list_plans (store, &error);

  g_assert_no_error (error);
  return g_list_model_get_n_items (plans);
}

static void
set_field (OndPlanCopyDialog *dialog,
           const char        *title,
           const char        *text)
{
  AdwEntryRow *row = find_row (GTK_WIDGET (dialog), ADW_TYPE_ENTRY_ROW, title);

  g_assert_nonnull (row);
  type_text (row, text);
  run_until_idle ();
}

static const char *
field_text (OndPlanCopyDialog *dialog,
            const char        *title)
{
  AdwEntryRow *row = find_row (GTK_WIDGET (dialog), ADW_TYPE_ENTRY_ROW, title);

  g_assert_nonnull (row);
  return gtk_editable_get_text (GTK_EDITABLE (row));
}

static void
press_create (OndPlanCopyDialog *dialog)
{
  click (find_button_named (GTK_WIDGET (dialog), "C_reate"));
  run_until_idle ();
}

/* The form's refusal: below @field, and nothing written. */
static void
assert_refused (OndPlanCopyDialog *dialog,
                OndStore          *store,
                const char        *field,
                const char        *message_part)
{
  press_create (dialog);
  g_assert_true (find_dialog (OND_TYPE_PLAN_COPY_DIALOG) == dialog);
  assert_field_message (GTK_WIDGET (dialog), ADW_TYPE_ENTRY_ROW, field, message_part);
  g_assert_cmpuint (count_plans (store), ==, 1);
}

static void
test_new_period (GuiFixture    *f,
                 gconstpointer  data)
{
  OndStore *store = gui_open_store (f->path);
  OndWindow *window = gui_show_window (f->app, store, f->settings);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  OndPlanCopyDialog *dialog;
  OndPlan *plan;

  /* One plan: nothing to choose between. */
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (plan_switcher (window))));
  g_assert_cmpstr (ond_plan_get_title (ond_window_get_plan (window)), ==, OLD_TITLE);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.new-plan-period", NULL));
  dialog = find_dialog (OND_TYPE_PLAN_COPY_DIALOG);
  g_assert_nonnull (dialog);
  g_assert_true (ond_plan_copy_dialog_get_source (dialog) == ond_window_get_plan (window));

  /* The period after the plan shown, as long, and its title. */
  g_assert_cmpstr (field_text (dialog, "Title"), ==, NEW_TITLE);
  g_assert_cmpstr (field_text (dialog, "First year"), ==, "2025");
  g_assert_cmpstr (field_text (dialog, "Last year"), ==, "2026");
  /* The last year and the title follow the first year. */
  set_field (dialog, "First year", "2027");
  g_assert_cmpstr (field_text (dialog, "Last year"), ==, "2028");
  g_assert_cmpstr (field_text (dialog, "Title"), ==, "Uitvoeringsplan ondermijning 2027-2028");
  set_field (dialog, "First year", "2025");
  g_assert_cmpstr (field_text (dialog, "Last year"), ==, "2026");
  g_assert_cmpstr (field_text (dialog, "Title"), ==, NEW_TITLE);

  /* Each refusal below its field, nothing written. */
  set_field (dialog, "Last year", "2024");
  assert_refused (dialog, store, "Last year", "comes before the first year");
  set_field (dialog, "Last year", "2040");
  assert_refused (dialog, store, "Last year", "at most 10 years");
  set_field (dialog, "First year", "2024");
  set_field (dialog, "Last year", "2025");
  assert_refused (dialog, store, "Last year", "overlaps the period of");
  set_field (dialog, "First year", "twintig");
  assert_refused (dialog, store, "First year", "Enter a year");
  set_field (dialog, "First year", "2025");
  set_field (dialog, "Last year", "2026");
  set_field (dialog, "Title", "  ");
  assert_refused (dialog, store, "Title", "needs a title");
  set_field (dialog, "Title", "uitvoeringsplan ondermijning 2023-2024");
  assert_refused (dialog, store, "Title", "already a plan called");

  /* Made: shown everywhere, current, and the switcher offers both. */
  set_field (dialog, "Title", NEW_TITLE);
  click_response (dialog, "C_reate");
  g_assert_cmpuint (count_plans (store), ==, 2);
  plan = ond_window_get_plan (window);
  g_assert_cmpstr (ond_plan_get_title (plan), ==, NEW_TITLE);
  g_assert_cmpint (ond_plan_get_first_year (plan), ==, 2025);
  assert_sections_show (window, plan);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, NEW_TITLE);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (plan_switcher (window))));
  g_assert_cmpint (ond_plan_get_id (selected_plan (window)), ==, ond_plan_get_id (plan));
  g_assert_cmpstr (state_of (store, 2025), ==, "current");
  g_assert_cmpstr (state_of (store, 2023), ==,
                   g_date_time_get_year (now) > 2024 ? "closed" : "draft");
  g_assert_true (has_label (GTK_WIDGET (window), NEW_TITLE " is now the current plan"));

  /* After a restart the new plan is still the one shown. */
  gui_close_window (window, store);
  store = gui_open_store (f->path);
  window = gui_show_window (f->app, store, f->settings);
  g_assert_cmpstr (ond_plan_get_title (ond_window_get_plan (window)), ==, NEW_TITLE);
  gui_close_window (window, store);
}

static void
test_switch (GuiFixture    *f,
             gconstpointer  data)
{
  OndStore *store = gui_open_store (f->path);
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(OndPlan) old_plan = ond_store_dup_current_plan (store, &error);
  gint64 new_id;
  OndWindow *window;

  g_assert_no_error (error);
  new_id = ond_store_copy_plan (store, ond_plan_get_id (old_plan), 2025, 2026, NEW_TITLE,
                                &error);
  g_assert_no_error (error);

  /* The copy is a draft: the window opens on the plan that stayed current. */
  window = gui_show_window (f->app, store, f->settings);
  g_assert_cmpstr (ond_plan_get_title (ond_window_get_plan (window)), ==, OLD_TITLE);
  g_assert_cmpint (ond_plan_get_id (selected_plan (window)), ==, ond_plan_get_id (old_plan));

  choose_plan (window, 2025);
  g_assert_cmpint (ond_plan_get_id (ond_window_get_plan (window)), ==, new_id);
  assert_sections_show (window, ond_window_get_plan (window));
  g_assert_cmpstr (state_of (store, 2025), ==, "current");

  choose_plan (window, 2023);
  g_assert_cmpstr (ond_plan_get_title (ond_window_get_plan (window)), ==, OLD_TITLE);
  assert_sections_show (window, ond_window_get_plan (window));
  g_assert_cmpstr (state_of (store, 2023), ==, "current");
  g_assert_cmpstr (state_of (store, 2025), ==,
                   g_date_time_get_year (now) > 2026 ? "closed" : "draft");

  /* The switcher says which plan is not current. */
  {
    GListModel *plans = gtk_drop_down_get_model (plan_switcher (window));
    g_autoptr(OndPlan) second = g_list_model_get_item (plans, 1);

    g_assert_cmpuint (g_list_model_get_n_items (plans), ==, 2);
    g_assert_cmpint (ond_plan_get_first_year (second), ==, 2025);
    g_assert_true (any_label_contains (GTK_WIDGET (plan_switcher (window)), "2023-2024"));
  }

  gui_close_window (window, store);
}

static void
test_read_only (GuiFixture    *f,
                gconstpointer  data)
{
  OndStore *store = gui_open_store (f->path);
  g_autoptr(GError) error = NULL;
  g_autoptr(OndPlan) old_plan = ond_store_dup_current_plan (store, &error);
  gint64 new_id;
  OndWindow *window;

  g_assert_no_error (error);
  new_id = ond_store_copy_plan (store, ond_plan_get_id (old_plan), 2025, 2026, NEW_TITLE,
                                &error);
  g_assert_no_error (error);
  store = gui_reopen_read_only (f, store);
  window = gui_show_window (f->app, store, f->settings);

  /* No new period on a file that cannot be changed. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.new-plan-period", NULL);
  run_until_idle ();
  g_assert_null (find_window (OND_TYPE_PLAN_COPY_DIALOG));

  /* The other plan is shown, not made current. */
  choose_plan (window, 2025);
  g_assert_cmpint (ond_plan_get_id (ond_window_get_plan (window)), ==, new_id);
  assert_sections_show (window, ond_window_get_plan (window));
  g_assert_cmpint (ond_plan_get_id (selected_plan (window)), ==, new_id);
  g_assert_cmpstr (state_of (store, 2025), ==, "draft");

  gui_close_read_only (f, window, store);
}

/* The keyboard to the sidebar's row of @title, as after choosing it with the arrow keys. */
static void
focus_sidebar_row (OndWindow  *window,
                   const char *title)
{
  g_autoptr(GPtrArray) rows = find_all (GTK_WIDGET (window), GTK_TYPE_LIST_BOX_ROW);

  for (guint i = 0; i < rows->len; i++)
    {
      GtkWidget *row = g_ptr_array_index (rows, i);

      if (gtk_widget_get_mapped (row)
          && g_strcmp0 (gtk_widget_get_tooltip_text (row), title) == 0)
        {
          g_assert_true (gtk_widget_grab_focus (row));
          return;
        }
    }
  g_error ("no row %s in the sidebar", title);
}

/* win.search (Ctrl+F) from the sidebar: the search of the section shown. */
static void
test_search (GuiFixture    *f,
             gconstpointer  data)
{
  OndStore *store = gui_open_store (f->path);
  OndWindow *window = gui_show_window (f->app, store, f->settings);
  const struct
  {
    const char *section;
    GType       type;
  } sections[] = {
    { "Planning", OND_TYPE_PLANNING_VIEW },
    { "Case Meeting", OND_TYPE_CASES_VIEW },
    { "Controls & Measures", OND_TYPE_REGISTERS_VIEW },
    { "Budget", OND_TYPE_BUDGET_VIEW },
  };

  for (guint i = 0; i < G_N_ELEMENTS (sections); i++)
    {
      GtkWidget *view = gui_choose_section (window, sections[i].section, sections[i].type);
      GtkWidget *focus;

      focus_sidebar_row (window, sections[i].section);
      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.search", NULL));
      run_until_idle ();
      focus = gtk_root_get_focus (GTK_ROOT (window));
      g_test_message ("%s: focus in %s", sections[i].section,
                      focus != NULL ? G_OBJECT_TYPE_NAME (focus) : "nothing");
      g_assert_nonnull (focus);
      g_assert_true (gtk_widget_get_ancestor (focus, GTK_TYPE_SEARCH_ENTRY) != NULL);
      g_assert_true (gtk_widget_is_ancestor (focus, view));
      g_assert_true (gtk_widget_get_mapped (focus));
    }

  /* A section without a search leaves the keyboard where it is. */
  {
    GtkWidget *before;

    gui_choose_section (window, "Overview", OND_TYPE_OVERVIEW_VIEW);
    focus_sidebar_row (window, "Overview");
    before = gtk_root_get_focus (GTK_ROOT (window));
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.search", NULL));
    run_until_idle ();
    g_assert_true (gtk_root_get_focus (GTK_ROOT (window)) == before);
  }

  gui_close_window (window, store);
}

int
main (int   argc,
      char *argv[])
{
  gui_test_init (&argc, &argv, "Plan-copy");
  gui_test_add ("/ond/plan-copy-gui/new-period", test_new_period);
  gui_test_add ("/ond/plan-copy-gui/switch", test_switch);
  gui_test_add ("/ond/plan-copy-gui/read-only", test_read_only);
  gui_test_add ("/ond/plan-copy-gui/search", test_search);
  return gui_test_run ();
}
