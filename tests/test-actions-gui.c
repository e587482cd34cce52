/* test-actions-gui.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The actions of the pillars and the themes in the main window, on a freshly seeded
 * database, driven as a user would: the status changed from the row and a progress note
 * written are there again in a new window on the same file; an action deleted after
 * confirming comes back through the toast's Undo in its place; an action added to a group
 * goes to its end; moving keeps the keyboard on the action moved; a refused progress note
 * shows the store's message below its field and writes nothing; a theme's owners are
 * edited; an empty pillar says so. The editor of an existing action has no Save button:
 * a choice is in the store at once, typed text when the editor is closed or the main
 * window destroyed with it open, and a refused change shows its message below the field
 * while the store keeps the last valid action (each read back through a store of its own
 * on the file). Counted from the plan (section 3.2): pillar 2 has 10 actions in three
 * groups, the last "Beleid en handhaving" with 3 (10-12); pillar 3 has 12. Runs on a
 * display: xvfb-run in CI. */

#include "config.h"

#include <adwaita.h>

#include "ond-action-editor.h"
#include "ond-action-progress-dialog.h"
#include "ond-action-row.h"
#include "ond-gui-test-util.h"
#include "ond-partner.h"
#include "ond-pillar-view.h"
#include "ond-plan-item.h"
#include "ond-store-actions.h"
#include "ond-test-util.h"
#include "ond-theme-owners-dialog.h"
#include "ond-theme-section.h"
#include "ond-themes-view.h"

#define APV "APV ondermijningsproof maken en houden."
#define VIK "Het inrichten van een Veiligheids Informatie Knooppunt (VIK)."
#define APV_ID 11
#define VIK_ID 8

/* The ids of the actions as the list shows them. */
static char *
shown_ids (GListModel *actions)
{
  g_autoptr(GString) ids = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (actions); i++)
    {
      g_autoptr(OndAction) action = g_list_model_get_item (actions, i);

      g_string_append_printf (ids, "%s%" G_GINT64_FORMAT, i > 0 ? "," : "",
                              ond_action_get_id (action));
    }
  return g_string_free (g_steal_pointer (&ids), FALSE);
}

static OndAction *
stored_action (OndStore *store,
               gint64    id)
{
  g_autoptr(GError) error = NULL;
  OndAction *action = ond_store_dup_action (store, id, &error);

  g_assert_no_error (error);
  return action;
}

/* The action as the file has it, read through a store of its own (the window's store may
 * keep nothing back, but this does not ask it). */
static OndAction *
action_in_file (const char *path,
                gint64      id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OndStore) store = ond_store_open (path, &error);
  OndAction *action;

  g_assert_no_error (error);
  action = ond_store_dup_action (store, id, &error);
  g_assert_no_error (error);
  g_assert_nonnull (action);
  ond_store_close (store);
  return action;
}

static gpointer
activate_for_dialog (OndActionRow *row,
                     const char   *action_name,
                     GType         type)
{
  gpointer dialog;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (row), action_name, NULL));
  dialog = find_dialog (type);
  g_assert_nonnull (dialog);
  run_until_idle ();
  return dialog;
}

/* The editor of the action whose text starts with @text, opened from its row. */
static OndActionEditor *
open_editor (GtkWidget  *view,
             const char *text)
{
  OndActionRow *row = find_action_row (view, text);

  g_assert_nonnull (row);
  return activate_for_dialog (row, "row.edit", OND_TYPE_ACTION_EDITOR);
}

/* The text area of the editor's Text field (a row of its own: the text may be a
 * paragraph). */
static GtkTextBuffer *
text_buffer (OndActionEditor *editor)
{
  GtkWidget *row = find_row (GTK_WIDGET (editor), ADW_TYPE_PREFERENCES_ROW, "Text");

  g_assert_nonnull (row);
  return gtk_text_view_get_buffer (find_first (row, GTK_TYPE_TEXT_VIEW));
}

static void
set_text (OndActionEditor *editor,
          const char      *text)
{
  gtk_text_buffer_set_text (text_buffer (editor), text, -1);
}

static char *
editor_text (OndActionEditor *editor)
{
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (text_buffer (editor), &start, &end);
  return gtk_text_buffer_get_text (text_buffer (editor), &start, &end, FALSE);
}

/* The status chosen on the row and a progress note are saved: a new window on the same file
 * shows both. */
static void
test_status_and_progress (GuiFixture    *f,
                          gconstpointer  data)
{
  OndStore *store = gui_open_store (f->path);
  OndWindow *window = gui_show_window (f->app, store, f->settings);
  GtkWidget *view = GTK_WIDGET (gui_choose_pillar (window, "Pillar 2"));
  OndActionRow *row = find_action_row (view, APV);
  OndActionProgressDialog *dialog;
  g_autoptr(OndAction) stored = NULL;

  g_assert_nonnull (row);
  g_assert_cmpstr (action_row_status (row), ==, "Gepland");
  choose_in_dropdown (find_dropdown (GTK_WIDGET (row), "Status"), "Gereed");
  run_until_idle ();
  stored = stored_action (store, 11);
  g_assert_cmpstr (ond_action_get_status (stored), ==, "gereed");
  /* The view read the store again; the new row has the keyboard focus. */
  row = find_action_row (view, APV);
  g_assert_cmpstr (action_row_status (row), ==, "Gereed");
  g_assert_true (is_focus_within (GTK_WIDGET (row)));

  dialog = activate_for_dialog (row, "row.add-progress", OND_TYPE_ACTION_PROGRESS_DIALOG);
  type_text (form_entry (dialog, "Date"), "14-03-2025");
  type_text (form_entry (dialog, "Note"),
             "Raadsvoorstel APV verstuurd");
  click_response (dialog, "_Add");
  row = find_action_row (view, APV);
  g_assert_nonnull (strstr (ond_action_row_get_details (row),
                            "Progress 14-03-2025: Raadsvoorstel APV verstuurd"));
  g_assert_true (is_focus_within (GTK_WIDGET (row)));

  gui_close_window (window, store);

  /* The same file in a new window. */
  store = gui_open_store (f->path);
  window = gui_show_window (f->app, store, f->settings);
  view = GTK_WIDGET (gui_choose_pillar (window, "Pillar 2"));
  row = find_action_row (view, APV);
  g_assert_nonnull (row);
  g_assert_cmpstr (action_row_status (row), ==, "Gereed");
  g_assert_nonnull (strstr (ond_action_row_get_details (row),
                            "Progress 14-03-2025: Raadsvoorstel APV verstuurd"));
  gui_close_window (window, store);
}

/* Deleted after confirming; the toast's Undo puts it back in its place, with its id and its
 * progress note. */
static void
test_delete_undo (GuiFixture    *f,
                  gconstpointer  data)
{
  OndStore *store = gui_open_store (f->path);
  OndWindow *window = gui_show_window (f->app, store, f->settings);
  OndPillarView *view = gui_choose_pillar (window, "Pillar 2");
  GListModel *actions = ond_pillar_view_get_actions (view);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(OndAction) back = NULL;
  AdwToastOverlay *overlay;
  gpointer question;

  g_assert_cmpint (ond_store_add_action_progress (store, 8, "2024-02-01", "Kwartiermaker",
                                                  &error), >, 0);
  run_until_idle ();
  before = shown_ids (actions);
  g_assert_cmpstr (before, ==, "3,4,5,6,7,8,9,10,11,12");

  question = activate_for_dialog (find_action_row (GTK_WIDGET (view), VIK), "row.delete",
                                  ADW_TYPE_MESSAGE_DIALOG);
  click_response (question, "_Delete");
  g_assert_null (find_action_row (GTK_WIDGET (view), VIK));
  after = shown_ids (actions);
  g_assert_cmpstr (after, ==, "3,4,5,6,7,9,10,11,12");
  overlay = find_first (GTK_WIDGET (window), ADW_TYPE_TOAST_OVERLAY);
  g_assert_true (any_label_contains (GTK_WIDGET (overlay), "deleted"));

  click (find_button (GTK_WIDGET (overlay), "_Undo"));
  run_until_idle ();
  g_free (after);
  after = shown_ids (actions);
  g_assert_cmpstr (after, ==, before);
  back = stored_action (store, 8);
  g_assert_cmpstr (ond_action_get_latest_progress_note (back), ==, "Kwartiermaker");
  g_assert_nonnull (find_action_row (GTK_WIDGET (view), VIK));
  /* Undo took it back once. */
  g_assert_null (find_button (GTK_WIDGET (overlay), "_Undo"));

  gui_close_window (window, store);
}

/* A date in the future is refused below its field; nothing is written. (An action's
 * refused text: test_auto_save_refused.) */
static void
test_refused (GuiFixture    *f,
              gconstpointer  data)
{
  OndStore *store = gui_open_store (f->path);
  OndWindow *window = gui_show_window (f->app, store, f->settings);
  GtkWidget *view = GTK_WIDGET (gui_choose_pillar (window, "Pillar 2"));
  g_autofree char *tomorrow = format_today (1);
  g_autoptr(GListModel) notes = NULL;
  OndActionProgressDialog *dialog;

  dialog = activate_for_dialog (find_action_row (view, APV), "row.add-progress",
                                OND_TYPE_ACTION_PROGRESS_DIALOG);
  type_text (form_entry (dialog, "Date"), tomorrow);
  type_text (form_entry (dialog, "Note"), "Te vroeg");
  click (find_button (GTK_WIDGET (dialog), "_Add"));
  assert_field_message (GTK_WIDGET (dialog), ADW_TYPE_ENTRY_ROW, "Date", "in the future");
  notes = ond_store_list_action_progress (store, 11, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (notes), ==, 0);
  click_response (dialog, "_Cancel");

  gui_close_window (window, store);
}

/* A new action of a group goes to the end of that group; moving up keeps the keyboard on
 * it; the first of a group cannot move up. */
static void
test_add_and_move (GuiFixture    *f,
                   gconstpointer  data)
{
  OndStore *store = gui_open_store (f->path);
  OndWindow *window = gui_show_window (f->app, store, f->settings);
  OndPillarView *view = gui_choose_pillar (window, "Pillar 2");
  GListModel *actions = ond_pillar_view_get_actions (view);
  OndActionEditor *editor;
  OndActionRow *row;
  g_autofree char *ids = NULL;
  g_autofree char *expected = NULL;
  gint64 id;

  editor = click_for_dialog (find_button_by_tooltip (GTK_WIDGET (view),
                                                     "Add Action to Beleid en handhaving"),
                             OND_TYPE_ACTION_EDITOR);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (form_entry (editor, "Group heading"))),
                   ==, "Beleid en handhaving");
  g_free (ids);
  ids = editor_text (editor);
  g_assert_cmpstr (ids, ==, "");
  set_text (editor, "Een bestuurlijke rapportage per kwartaal.");
  choose (form_combo (editor, "Owner"),
          "Team Veiligheid Gemeente Dordrecht");
  click_response (editor, "_Add");

  g_assert_cmpuint (g_list_model_get_n_items (actions), ==, 11);
  row = find_action_row (GTK_WIDGET (view), "Een bestuurlijke rapportage");
  g_assert_nonnull (row);
  id = ond_action_get_id (ond_action_row_get_action (row));
  ids = shown_ids (actions);
  expected = g_strdup_printf ("3,4,5,6,7,8,9,10,11,12,%" G_GINT64_FORMAT, id);
  g_assert_cmpstr (ids, ==, expected);
  g_assert_nonnull (strstr (ond_action_row_get_details (row), "Owner: Team Veiligheid"));
  g_assert_true (is_focus_within (GTK_WIDGET (row)));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (row), "row.move-up", NULL));
  run_until_idle ();
  g_free (ids);
  ids = shown_ids (actions);
  g_free (expected);
  expected = g_strdup_printf ("3,4,5,6,7,8,9,10,11,%" G_GINT64_FORMAT ",12", id);
  g_assert_cmpstr (ids, ==, expected);
  row = find_action_row (GTK_WIDGET (view), "Een bestuurlijke rapportage");
  g_assert_true (is_focus_within (GTK_WIDGET (row)));

  /* Action 10 is the first of its group: Move Up does nothing there (its menu item is
   * off). */
  row = find_action_row (GTK_WIDGET (view), "Actualisatie van beleid");
  gtk_widget_activate_action (GTK_WIDGET (row), "row.move-up", NULL);
  run_until_idle ();
  g_free (ids);
  ids = shown_ids (actions);
  g_assert_cmpstr (ids, ==, expected);

  gui_close_window (window, store);
}

/* The id of the partner with @short_name. */
static gint64
owner_id (OndStore   *store,
          const char *short_name)
{
  g_autoptr(GListModel) partners = ond_store_list_partners (store, NULL);

  for (guint i = 0; partners != NULL && i < g_list_model_get_n_items (partners); i++)
    {
      g_autoptr(OndPartner) partner = g_list_model_get_item (partners, i);

      if (g_strcmp0 (ond_partner_get_short_name (partner), short_name) == 0)
        return ond_partner_get_id (partner);
    }
  g_assert_not_reached ();
}

static OndThemeSection *
theme_section (GtkWidget  *view,
               const char *name)
{
  g_autoptr(GPtrArray) sections = find_all (view, OND_TYPE_THEME_SECTION);

  for (guint i = 0; i < sections->len; i++)
    {
      OndThemeSection *section = g_ptr_array_index (sections, i);

      if (g_strcmp0 (ond_theme_get_name (ond_theme_section_get_theme (section)), name) == 0)
        return section;
    }
  return NULL;
}

/* The themes show their actions in the same rows, their planning rows and counts; the
 * owners are edited in their dialog, each change saved at once. */
static void
test_themes (GuiFixture    *f,
             gconstpointer  data)
{
  OndStore *store = gui_open_store (f->path);
  OndWindow *window = gui_show_window (f->app, store, f->settings);
  GtkWidget *view = gui_choose_section (window, "Themes", OND_TYPE_THEMES_VIEW);
  OndThemeSection *drugs = theme_section (view, "Drugs");
  OndThemeOwnersDialog *dialog;
  OndActionEditor *editor;
  OndActionRow *row;

  g_assert_nonnull (drugs);
  /* Section 4: six actions; section 7: two planning rows a year of drugs actions. */
  g_assert_cmpuint (g_list_model_get_n_items (ond_theme_section_get_actions (drugs)), ==, 6);
  g_assert_cmpuint (g_list_model_get_n_items (ond_theme_section_get_plan_items (drugs)), ==, 2);
  g_assert_true (has_label (GTK_WIDGET (drugs), "0 open cases · 0 measures on its cases · "
                                                "0 activities"));

  row = find_action_row (GTK_WIDGET (drugs), "Het ontmantelen van hennepkwekerijen");
  choose_in_dropdown (find_dropdown (GTK_WIDGET (row), "Status"), "Lopend");
  run_until_idle ();
  drugs = theme_section (view, "Drugs");
  row = find_action_row (GTK_WIDGET (drugs), "Het ontmantelen van hennepkwekerijen");
  g_assert_cmpstr (action_row_status (row), ==, "Lopend");

  g_assert_true (has_label (GTK_WIDGET (drugs), "Owners: Politie, OZHZ"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (drugs), "theme.edit-owners", NULL));
  dialog = find_dialog (OND_TYPE_THEME_OWNERS_DIALOG);
  g_assert_nonnull (dialog);
  run_until_idle ();
  g_assert_cmpuint (g_list_model_get_n_items (ond_theme_owners_dialog_get_owners (dialog)), ==,
                    2);
  click (find_button_by_tooltip (GTK_WIDGET (dialog), "Move OZHZ Up"));
  g_assert_true (has_label (GTK_WIDGET (theme_section (view, "Drugs")), "Owners: OZHZ, Politie"));
  click (find_button_by_tooltip (GTK_WIDGET (dialog), "Remove Politie"));
  g_assert_cmpuint (g_list_model_get_n_items (ond_theme_owners_dialog_get_owners (dialog)), ==,
                    1);
  /* Add Owner offers the partners that are not retired and not an owner yet. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "owners.add", "x",
                                             owner_id (store, "RIEC")));
  run_until_idle ();
  g_assert_cmpuint (g_list_model_get_n_items (ond_theme_owners_dialog_get_owners (dialog)), ==,
                    2);
  gtk_window_close (GTK_WINDOW (dialog));
  run_until_idle ();
  g_assert_true (has_label (GTK_WIDGET (theme_section (view, "Drugs")), "Owners: OZHZ, RIEC"));

  /* A new action of the theme: in pillar 1, under the theme's name, at the end of its
   * actions. */
  editor = click_for_dialog (find_button_by_tooltip (GTK_WIDGET (theme_section (view, "Drugs")),
                                                     "Add Action to Drugs"),
                             OND_TYPE_ACTION_EDITOR);
  g_assert_cmpstr (gtk_string_object_get_string (
                     adw_combo_row_get_selected_item (form_combo (editor, "Theme"))),
                   ==, "Drugs");
  set_text (editor, "Een tweede henneptrein.");
  click_response (editor, "_Add");
  drugs = theme_section (view, "Drugs");
  g_assert_cmpuint (g_list_model_get_n_items (ond_theme_section_get_actions (drugs)), ==, 7);
  row = find_action_row (GTK_WIDGET (drugs), "Een tweede henneptrein.");
  g_assert_nonnull (row);
  g_assert_cmpint (ond_action_get_pillar_number (ond_action_row_get_action (row)), ==, 1);
  g_assert_cmpstr (ond_action_get_group_heading (ond_action_row_get_action (row)), ==, "Drugs");
  g_assert_true (is_focus_within (GTK_WIDGET (row)));

  gui_close_window (window, store);
}

/* The first planning row of the plan that @action is not linked to; its title as the
 * editor shows it in @title. */
static gint64
unlinked_plan_item (OndStore   *store,
                    OndAction  *action,
                    char      **title)
{
  g_autoptr(GListModel) items = store_plan_items (store);

  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(OndPlanItem) item = g_list_model_get_item (items, i);

      if (ond_action_has_plan_item (action, ond_plan_item_get_id (item)))
        continue;
      *title = g_strdup_printf ("%d %s · %s", ond_plan_item_get_year (item),
                                ond_plan_item_get_period_label (item),
                                ond_plan_item_get_what (item));
      return ond_plan_item_get_id (item);
    }
  g_assert_not_reached ();
}

/* The editor of an existing action: no Save or Cancel but the window's close button, and
 * a subtitle that says why. A status, an owner and a planning row chosen are each in the
 * file at once, with no button pressed; the editor stays open, and keeps the keyboard
 * while the view behind it reads the store again. */
static void
test_auto_save_choice (GuiFixture    *f,
                       gconstpointer  data)
{
  OndStore *store = gui_open_store (f->path);
  OndWindow *window = gui_show_window (f->app, store, f->settings);
  GtkWidget *view = GTK_WIDGET (gui_choose_pillar (window, "Pillar 2"));
  g_autofree char *plan_item_title = NULL;
  g_autoptr(OndAction) before = action_in_file (f->path, APV_ID);
  g_autoptr(OndAction) after = NULL;
  GtkTextView *text_view;
  OndActionEditor *editor;
  OndActionRow *row;
  GtkWidget *check;
  gint64 team = owner_id (store, "Veiligheid");
  gint64 plan_item_id = unlinked_plan_item (store, before, &plan_item_title);
  guint n_links = ond_action_get_n_plan_items (before);

  /* As seeded: planned, no owner. */
  g_assert_cmpstr (ond_action_get_status (before), ==, "gepland");
  g_assert_cmpint (ond_action_get_owner_id (before), ==, 0);

  editor = open_editor (view, APV);
  assert_saves_at_once (editor, "Edit Action");
  text_view = find_first (find_row (GTK_WIDGET (editor), ADW_TYPE_PREFERENCES_ROW, "Text"),
                          GTK_TYPE_TEXT_VIEW);
  g_assert_true (is_focus_within (GTK_WIDGET (text_view)));

  choose (form_combo (editor, "Status"), "Lopend");
  after = action_in_file (f->path, APV_ID);
  g_assert_cmpstr (ond_action_get_status (after), ==, "lopend");
  g_clear_object (&after);

  choose (form_combo (editor, "Owner"),
          "Team Veiligheid Gemeente Dordrecht");
  after = action_in_file (f->path, APV_ID);
  g_assert_cmpint (ond_action_get_owner_id (after), ==, team);
  g_assert_cmpstr (ond_action_get_status (after), ==, "lopend");
  g_assert_cmpstr (ond_action_get_text (after), ==, APV);
  g_clear_object (&after);

  /* A planning row it was not linked to, linked with its check box. */
  adw_expander_row_set_expanded (find_row (GTK_WIDGET (editor), ADW_TYPE_EXPANDER_ROW,
                                           "Linked planning rows"),
                                 TRUE);
  run_until_idle ();
  check = find_first (find_row (GTK_WIDGET (editor), ADW_TYPE_ACTION_ROW, plan_item_title),
                      GTK_TYPE_CHECK_BUTTON);
  g_assert_nonnull (check);
  g_assert_false (gtk_check_button_get_active (GTK_CHECK_BUTTON (check)));
  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), TRUE);
  after = action_in_file (f->path, APV_ID);
  g_assert_true (ond_action_has_plan_item (after, plan_item_id));
  g_assert_cmpuint (ond_action_get_n_plan_items (after), ==, n_links + 1);
  g_clear_object (&after);

  /* The view behind read the store again and shows the new status; the editor is still
   * open, with the keyboard where it was. */
  run_until_idle ();
  row = find_action_row (view, APV);
  g_assert_nonnull (row);
  g_assert_cmpstr (action_row_status (row), ==, "Lopend");
  g_assert_true (find_window (OND_TYPE_ACTION_EDITOR) == editor);
  /* (Which window is active is the X server's and a window manager's business: under a
   * shared Xvfb another test's window may take it. The focus inside the editor is ours.) */
  g_assert_true (is_focus_within (GTK_WIDGET (text_view)));

  /* Closing saves nothing more: the file keeps the three changes. */
  close_form (editor);
  after = action_in_file (f->path, APV_ID);
  g_assert_cmpstr (ond_action_get_status (after), ==, "lopend");
  g_assert_cmpint (ond_action_get_owner_id (after), ==, team);
  g_assert_true (ond_action_has_plan_item (after, plan_item_id));
  /* The main window's keyboard is on the action's row again. */
  g_assert_true (is_focus_within (GTK_WIDGET (find_action_row (view, APV))));

  gui_close_window (window, store);
}

/* Text typed and the editor closed at once, before the pause after typing is over: the
 * close saves it. */
static void
test_auto_save_close (GuiFixture    *f,
                      gconstpointer  data)
{
  OndStore *store = gui_open_store (f->path);
  OndWindow *window = gui_show_window (f->app, store, f->settings);
  GtkWidget *view = GTK_WIDGET (gui_choose_pillar (window, "Pillar 2"));
  const char *typed = "APV ondermijningsproof maken, houden en toetsen.";
  g_autoptr(OndAction) waiting = NULL;
  g_autoptr(OndAction) after = NULL;
  OndActionEditor *editor;

  editor = open_editor (view, APV);
  set_text (editor, typed);
  /* Still waiting for the pause. */
  waiting = action_in_file (f->path, APV_ID);
  g_assert_cmpstr (ond_action_get_text (waiting), ==, APV);

  close_form (editor);
  after = action_in_file (f->path, APV_ID);
  g_assert_cmpstr (ond_action_get_text (after), ==, typed);
  g_assert_nonnull (find_action_row (view, typed));

  gui_close_window (window, store);
}

/* A group heading typed, and the main window destroyed with the editor open: the editor
 * goes with it and saves the heading first; then nothing holds the store. */
static void
test_auto_save_main_window (GuiFixture    *f,
                            gconstpointer  data)
{
  OndStore *store = gui_open_store (f->path);
  OndWindow *window = gui_show_window (f->app, store, f->settings);
  GtkWidget *view = GTK_WIDGET (gui_choose_pillar (window, "Pillar 2"));
  g_autoptr(OndAction) before = action_in_file (f->path, VIK_ID);
  g_autoptr(OndAction) after = NULL;
  OndActionEditor *editor;

  g_assert_cmpstr (ond_action_get_group_heading (before), !=, "Informatie delen");
  editor = open_editor (view, VIK);
  type_text (form_entry (editor, "Group heading"), "Informatie delen");
  gui_close_window_with_form (window, store, editor);
  after = action_in_file (f->path, VIK_ID);
  g_assert_cmpstr (ond_action_get_group_heading (after), ==, "Informatie delen");
  g_assert_cmpstr (ond_action_get_text (after), ==, VIK);
}

/* An empty text is refused below its field, while the keyboard stays where the user types;
 * the file keeps the last valid action, whatever else is changed meanwhile. A valid text
 * takes the message away and saves the whole form. */
static void
test_auto_save_refused (GuiFixture    *f,
                        gconstpointer  data)
{
  OndStore *store = gui_open_store (f->path);
  OndWindow *window = gui_show_window (f->app, store, f->settings);
  GtkWidget *view = GTK_WIDGET (gui_choose_pillar (window, "Pillar 2"));
  g_autoptr(OndAction) before = action_in_file (f->path, APV_ID);
  g_autoptr(OndAction) after = NULL;
  g_autofree char *shown = NULL;
  OndActionEditor *editor;
  GtkWidget *text_row;
  GtkWidget *heading;

  editor = open_editor (view, APV);
  shown = editor_text (editor);
  g_assert_cmpstr (shown, ==, APV);
  text_row = find_row (GTK_WIDGET (editor), ADW_TYPE_PREFERENCES_ROW, "Text");
  heading = GTK_WIDGET (form_entry (editor, "Group heading"));
  g_assert_false (gtk_widget_get_visible (gtk_widget_get_next_sibling (text_row)));

  set_text (editor, "   ");
  wait_past_typing_pause ();
  assert_field_message (GTK_WIDGET (editor), ADW_TYPE_PREFERENCES_ROW, "Text", "needs a text");
  g_assert_true (is_focus_within (text_row));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (editor)));
  after = action_in_file (f->path, APV_ID);
  g_assert_cmpstr (ond_action_get_text (after), ==, APV);
  g_clear_object (&after);

  /* The heading typed while the text is empty: refused with it, the keyboard stays in the
   * heading. */
  gtk_widget_grab_focus (heading);
  type_text (heading, "Regels op orde");
  wait_past_typing_pause ();
  assert_field_message (GTK_WIDGET (editor), ADW_TYPE_PREFERENCES_ROW, "Text", "needs a text");
  g_assert_true (is_focus_within (heading));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (heading)), ==, "Regels op orde");
  after = action_in_file (f->path, APV_ID);
  g_assert_cmpstr (ond_action_get_text (after), ==, APV);
  g_assert_cmpstr (ond_action_get_group_heading (after), ==,
                   ond_action_get_group_heading (before));
  g_clear_object (&after);

  /* A valid text: the message goes, and text and heading are saved together. */
  set_text (editor, "APV herzien.");
  wait_past_typing_pause ();
  g_assert_false (gtk_widget_has_css_class (text_row, "error"));
  g_assert_false (gtk_widget_get_visible (gtk_widget_get_next_sibling (text_row)));
  after = action_in_file (f->path, APV_ID);
  g_assert_cmpstr (ond_action_get_text (after), ==, "APV herzien.");
  g_assert_cmpstr (ond_action_get_group_heading (after), ==, "Regels op orde");
  g_clear_object (&after);

  /* Empty again, then closed: the close does not write the refused text. */
  set_text (editor, "");
  close_form (editor);
  after = action_in_file (f->path, APV_ID);
  g_assert_cmpstr (ond_action_get_text (after), ==, "APV herzien.");

  gui_close_window (window, store);
}

/* A pillar without actions says so, and offers to add the first. */
static void
test_empty_pillar (GuiFixture    *f,
                   gconstpointer  data)
{
  OndStore *store = gui_open_store (f->path);
  OndWindow *window = gui_show_window (f->app, store, f->settings);
  OndPillarView *view;
  g_autoptr(GError) error = NULL;

  for (gint64 id = 3; id <= 12; id++)
    {
      g_assert_true (ond_store_delete_action (store, id, &error));
      g_assert_no_error (error);
    }
  view = gui_choose_pillar (window, "Pillar 2");
  g_assert_cmpuint (g_list_model_get_n_items (ond_pillar_view_get_actions (view)), ==, 0);
  g_assert_true (has_label (GTK_WIDGET (view), "No Actions"));
  g_assert_nonnull (find_button (GTK_WIDGET (view), "Add First Action"));
  click_response (click_for_dialog (find_button (GTK_WIDGET (view), "Add First Action"),
                                    OND_TYPE_ACTION_EDITOR),
                  "_Cancel");

  gui_close_window (window, store);
}

/* On a read-only file the actions are shown, and nothing offers a change. (The view on its
 * own, in a plain window.) */
static void
test_read_only (GuiFixture    *f,
                gconstpointer  data)
{
  OndStore *store = gui_reopen_read_only (f, gui_open_store (f->path));
  g_autoptr(GError) error = NULL;
  g_autoptr(OndPlan) plan = ond_store_dup_current_plan (store, &error);
  GtkWidget *view = ond_pillar_view_new (2);
  GtkWindow *window;
  OndActionRow *row;
  GtkWidget *add;
  GtkWidget *add_to_group;
  g_autofree char *after = NULL;

  g_assert_no_error (error);
  ond_pillar_view_set_store (OND_PILLAR_VIEW (view), store);
  ond_pillar_view_set_plan (OND_PILLAR_VIEW (view), plan);
  window = show_in_window (view);
  row = find_action_row (view, APV);
  add = find_action_button (view, "pillar.add-action", NULL);
  add_to_group = find_button_by_tooltip (view, "Add Action to Beleid en handhaving");

  g_assert_nonnull (row);
  g_assert_cmpstr (action_row_status (row), ==, "Gepland");
  g_assert_false (gtk_widget_is_sensitive (GTK_WIDGET (find_dropdown (GTK_WIDGET (row),
                                                                      "Status"))));
  g_assert_false (gtk_widget_get_visible (find_first (GTK_WIDGET (row), GTK_TYPE_MENU_BUTTON)));
  g_assert_nonnull (add);
  g_assert_false (gtk_widget_is_sensitive (add));
  g_assert_nonnull (add_to_group);
  g_assert_false (gtk_widget_is_sensitive (add_to_group));
  /* Activating the row (Enter) opens no editor. */
  gtk_widget_activate (GTK_WIDGET (row));
  run_until_idle ();
  g_assert_null (find_window (OND_TYPE_ACTION_EDITOR));

  destroy_window (window);
  ond_store_close (store);
  g_assert_finalize_object (store);
  after = ond_test_file_checksum (f->path);
  g_assert_cmpstr (f->checksum, ==, after);
}

int
main (int   argc,
      char *argv[])
{
  gui_test_init (&argc, &argv, "Actions");

  gui_test_add ("/ond/actions-gui/status-and-progress", test_status_and_progress);
  gui_test_add ("/ond/actions-gui/delete-undo", test_delete_undo);
  gui_test_add ("/ond/actions-gui/refused", test_refused);
  gui_test_add ("/ond/actions-gui/add-and-move", test_add_and_move);
  gui_test_add ("/ond/actions-gui/themes", test_themes);
  gui_test_add ("/ond/actions-gui/auto-save-choice", test_auto_save_choice);
  gui_test_add ("/ond/actions-gui/auto-save-close", test_auto_save_close);
  gui_test_add ("/ond/actions-gui/auto-save-main-window", test_auto_save_main_window);
  gui_test_add ("/ond/actions-gui/auto-save-refused", test_auto_save_refused);
  gui_test_add ("/ond/actions-gui/empty-pillar", test_empty_pillar);
  gui_test_add ("/ond/actions-gui/read-only", test_read_only);

  return gui_test_run ();
}
