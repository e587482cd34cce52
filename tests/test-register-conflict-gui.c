/* test-register-conflict-gui.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Edits under concurrency in the form of a record of the registers (a control, a measure, a
 * stop talk, an activity): the form is open on a record, someone else (a second store on the
 * same file) changes it, and the user's Save is refused with the conflict dialog, which names
 * the field that changed with their value. "Keep their version" fills the form in from the
 * record as it is now and writes nothing; a Save from there is checked against the version
 * read then and goes through. "Overwrite with mine" saves the form as it is over their
 * version and closes the form. A date outside the plan period the user confirmed stays
 * confirmed for the save over their version. */

#include "config.h"

#include <adwaita.h>

#include "ond-gui-test-util.h"
#include "ond-register-editor.h"
#include "ond-store-register-conflict.h"
#include "ond-test-util.h"
#include "ond-theme.h"

static GObject *
stored (OndStore *store,
        GType     type,
        gint64    id)
{
  g_autoptr(GError) error = NULL;
  GObject *record = ond_store_get_register_record (store, type, id, &error);

  g_assert_no_error (error);
  g_assert_nonnull (record);
  return record;
}

static gint64
row_version (GObject *record)
{
  gint64 version = 0;

  g_object_get (record, "row-version", &version, NULL);
  return version;
}

/* Someone else saves @record through their own connection. */
static void
save_elsewhere (GuiFixture *f,
                gpointer    record)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OndStore) other = ond_store_open (f->path, &error);
  g_autoptr(GObject) owned = record;
  gint64 id = 0;

  g_assert_no_error (error);
  if (OND_IS_CONTROL (record))
    id = ond_store_save_control (other, record, OND_REGISTER_FLAGS_NONE, &error);
  else if (OND_IS_MEASURE (record))
    id = ond_store_save_measure (other, record, OND_REGISTER_FLAGS_NONE, &error);
  else if (OND_IS_STOP_TALK (record))
    id = ond_store_save_stop_talk (other, record, OND_REGISTER_FLAGS_NONE, &error);
  else
    id = ond_store_save_activity (other, record, OND_REGISTER_FLAGS_NONE, &error);
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
}

/* The form of @record, shown. */
static OndRegisterEditor *
open_form (OndStore        *store,
           OndRegisterKind  kind,
           GObject         *record)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OndPlan) plan = ond_store_dup_current_plan (store, &error);
  OndRegisterEditor *editor;

  g_assert_no_error (error);
  editor = ond_register_editor_new (NULL, store, plan, kind, record);
  gtk_window_present (GTK_WINDOW (editor));
  run_until_idle ();
  return editor;
}

/* The conflict dialog with @heading, listing @field with their value @theirs and not
 * @unchanged. */
static AdwMessageDialog *
conflict_dialog (const char *heading,
                 const char *field,
                 const char *theirs,
                 const char *unchanged)
{
  AdwMessageDialog *dialog = find_dialog (ADW_TYPE_MESSAGE_DIALOG);
  g_autofree char *their_value = g_strdup_printf ("Their value: %s", theirs);

  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, heading);
  g_assert_nonnull (find_row (GTK_WIDGET (dialog), ADW_TYPE_ACTION_ROW, field));
  g_assert_true (any_label_contains (GTK_WIDGET (dialog), their_value));
  g_assert_null (find_row (GTK_WIDGET (dialog), ADW_TYPE_ACTION_ROW, unchanged));
  return dialog;
}

static GtkSpinButton *
count_spin (OndRegisterEditor *editor,
            const char        *title)
{
  GtkWidget *row = find_row (GTK_WIDGET (editor), ADW_TYPE_ACTION_ROW, title);

  g_assert_nonnull (row);
  return find_first (row, GTK_TYPE_SPIN_BUTTON);
}

static const char *
entry_text (OndRegisterEditor *editor,
            const char        *title)
{
  return gtk_editable_get_text (find_row (GTK_WIDGET (editor), ADW_TYPE_ENTRY_ROW, title));
}

static const char *
combo_text (OndRegisterEditor *editor,
            const char        *title)
{
  AdwComboRow *row = find_row (GTK_WIDGET (editor), ADW_TYPE_COMBO_ROW, title);

  return gtk_string_object_get_string (adw_combo_row_get_selected_item (row));
}

/* Controls: someone else counts 20 businesses and writes a note; the user counts signals. */

static OndRegisterEditor *
open_control_then_change (GuiFixture  *f,
                          OndStore    *store,
                          GObject    **opened)
{
  gint64 id = store_add_control (store, "2024-03-12", "integraal", "Crabbehof", 8);
  OndRegisterEditor *editor;
  OndControl *control;

  *opened = stored (store, OND_TYPE_CONTROL, id);
  control = OND_CONTROL (*opened);
  g_assert_cmpint (row_version (*opened), ==, 1);
  editor = open_form (store, OND_REGISTER_CONTROLS, *opened);
  save_elsewhere (f, ond_control_new (id, ond_control_get_date (control),
                                      ond_control_get_kind (control), NULL,
                                      ond_control_get_area_id (control), NULL, 20, 0, NULL, 0,
                                      NULL, "Van een ander"));
  type_text (count_spin (editor, "Signals found"), "3");
  click (find_button (GTK_WIDGET (editor), "_Save"));
  run_until_idle ();
  return editor;
}

static void
test_control_keep_theirs (GuiFixture    *f,
                          gconstpointer  data)
{
  g_autoptr(OndStore) store = gui_open_store (f->path);
  g_autoptr(GObject) opened = NULL;
  g_autoptr(GObject) after = NULL;
  OndRegisterEditor *editor = open_control_then_change (f, store, &opened);
  AdwMessageDialog *dialog = conflict_dialog ("Someone Else Changed This Control",
                                              "Businesses visited", "20", "Signals found");
  gint64 id = ond_register_record_get_id (opened);

  g_assert_nonnull (find_row (GTK_WIDGET (dialog), ADW_TYPE_ACTION_ROW, "Note"));
  after = stored (store, OND_TYPE_CONTROL, id);
  g_assert_cmpint (ond_control_get_signals (OND_CONTROL (after)), ==, 0);
  g_assert_cmpint (row_version (after), ==, 2);

  /* Their version: the form shows the control as it is now; nothing is written. */
  click_response (dialog, "_Keep Their Version");
  run_until_idle ();
  g_assert_null (find_dialog (ADW_TYPE_MESSAGE_DIALOG));
  g_assert_true (find_window (OND_TYPE_REGISTER_EDITOR) == editor);
  g_assert_cmpint (gtk_spin_button_get_value_as_int (count_spin (editor, "Businesses visited")),
                   ==, 20);
  g_assert_cmpint (gtk_spin_button_get_value_as_int (count_spin (editor, "Signals found")),
                   ==, 0);
  g_assert_cmpstr (entry_text (editor, "Note"), ==, "Van een ander");
  g_assert_cmpstr (combo_text (editor, "Area"), ==, "Crabbehof");
  g_clear_object (&after);
  after = stored (store, OND_TYPE_CONTROL, id);
  g_assert_cmpint (row_version (after), ==, 2);

  /* A Save from there is checked against the version read then: it goes through. */
  type_text (count_spin (editor, "Signals found"), "3");
  click (find_button (GTK_WIDGET (editor), "_Save"));
  run_until_idle ();
  g_assert_null (find_dialog (ADW_TYPE_MESSAGE_DIALOG));
  g_assert_null (find_window (OND_TYPE_REGISTER_EDITOR));
  g_clear_object (&after);
  after = stored (store, OND_TYPE_CONTROL, id);
  g_assert_cmpint (ond_control_get_businesses (OND_CONTROL (after)), ==, 20);
  g_assert_cmpint (ond_control_get_signals (OND_CONTROL (after)), ==, 3);
  g_assert_cmpstr (ond_control_get_note (OND_CONTROL (after)), ==, "Van een ander");
  g_assert_cmpint (row_version (after), ==, 3);
}

static void
test_control_overwrite_with_mine (GuiFixture    *f,
                                  gconstpointer  data)
{
  g_autoptr(OndStore) store = gui_open_store (f->path);
  g_autoptr(GObject) opened = NULL;
  g_autoptr(GObject) after = NULL;
  AdwMessageDialog *dialog;

  open_control_then_change (f, store, &opened);
  dialog = conflict_dialog ("Someone Else Changed This Control", "Businesses visited", "20",
                            "Signals found");

  /* Mine: the whole form saved over their version (their count and note go too). */
  click_response (dialog, "_Overwrite With Mine");
  run_until_idle ();
  g_assert_null (find_dialog (ADW_TYPE_MESSAGE_DIALOG));
  g_assert_null (find_window (OND_TYPE_REGISTER_EDITOR));
  after = stored (store, OND_TYPE_CONTROL, ond_register_record_get_id (opened));
  g_assert_cmpint (ond_control_get_businesses (OND_CONTROL (after)), ==, 8);
  g_assert_cmpint (ond_control_get_signals (OND_CONTROL (after)), ==, 3);
  g_assert_cmpstr (ond_control_get_note (OND_CONTROL (after)), ==, "");
  g_assert_cmpint (row_version (after), ==, 3);
}

/* Stop talks: someone else writes another branch; the user ticks the tailored solution. */

static OndRegisterEditor *
open_stop_talk_then_change (GuiFixture  *f,
                            OndStore    *store,
                            GObject    **opened)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OndStopTalk) talk = ond_stop_talk_new (0, "2024-05-06", "Autobranche", FALSE, 0,
                                                   NULL);
  gint64 id = ond_store_save_stop_talk (store, talk, OND_REGISTER_FLAGS_NONE, &error);
  OndRegisterEditor *editor;
  GtkSwitch *maatwerk;

  g_assert_no_error (error);
  *opened = stored (store, OND_TYPE_STOP_TALK, id);
  editor = open_form (store, OND_REGISTER_STOP_TALKS, *opened);
  save_elsewhere (f, ond_stop_talk_new (id, "2024-05-06", "Vastgoed", FALSE, 0, NULL));
  maatwerk = find_first (find_row (GTK_WIDGET (editor), ADW_TYPE_ACTION_ROW,
                                   "Tailored solution"), GTK_TYPE_SWITCH);
  gtk_switch_set_active (maatwerk, TRUE);
  click (find_button (GTK_WIDGET (editor), "_Save"));
  run_until_idle ();
  return editor;
}

static void
test_stop_talk_keep_theirs (GuiFixture    *f,
                            gconstpointer  data)
{
  g_autoptr(OndStore) store = gui_open_store (f->path);
  g_autoptr(GObject) opened = NULL;
  g_autoptr(GObject) after = NULL;
  OndRegisterEditor *editor = open_stop_talk_then_change (f, store, &opened);
  AdwMessageDialog *dialog = conflict_dialog ("Someone Else Changed This Stop Talk", "Branch",
                                              "Vastgoed", "Tailored solution");
  gint64 id = ond_register_record_get_id (opened);

  click_response (dialog, "_Keep Their Version");
  run_until_idle ();
  g_assert_true (find_window (OND_TYPE_REGISTER_EDITOR) == editor);
  g_assert_cmpstr (entry_text (editor, "Branch (e.g. accountancy, car trade)"), ==, "Vastgoed");
  g_assert_false (gtk_switch_get_active (find_first (GTK_WIDGET (editor), GTK_TYPE_SWITCH)));
  after = stored (store, OND_TYPE_STOP_TALK, id);
  g_assert_false (ond_stop_talk_get_maatwerk (OND_STOP_TALK (after)));
  g_assert_cmpint (row_version (after), ==, 2);

  gtk_switch_set_active (find_first (GTK_WIDGET (editor), GTK_TYPE_SWITCH), TRUE);
  click (find_button (GTK_WIDGET (editor), "_Save"));
  run_until_idle ();
  g_assert_null (find_window (OND_TYPE_REGISTER_EDITOR));
  g_clear_object (&after);
  after = stored (store, OND_TYPE_STOP_TALK, id);
  g_assert_true (ond_stop_talk_get_maatwerk (OND_STOP_TALK (after)));
  g_assert_cmpstr (ond_stop_talk_get_branch (OND_STOP_TALK (after)), ==, "Vastgoed");
  g_assert_cmpint (row_version (after), ==, 3);
}

static void
test_stop_talk_overwrite_with_mine (GuiFixture    *f,
                                    gconstpointer  data)
{
  g_autoptr(OndStore) store = gui_open_store (f->path);
  g_autoptr(GObject) opened = NULL;
  g_autoptr(GObject) after = NULL;
  AdwMessageDialog *dialog;

  open_stop_talk_then_change (f, store, &opened);
  dialog = conflict_dialog ("Someone Else Changed This Stop Talk", "Branch", "Vastgoed",
                            "Tailored solution");
  click_response (dialog, "_Overwrite With Mine");
  run_until_idle ();
  g_assert_null (find_window (OND_TYPE_REGISTER_EDITOR));
  after = stored (store, OND_TYPE_STOP_TALK, ond_register_record_get_id (opened));
  g_assert_true (ond_stop_talk_get_maatwerk (OND_STOP_TALK (after)));
  g_assert_cmpstr (ond_stop_talk_get_branch (OND_STOP_TALK (after)), ==, "Autobranche");
  g_assert_cmpint (row_version (after), ==, 3);
}

/* Measures: the user moves the date outside the plan period and confirms it; someone else
 * had changed the kind. Overwriting saves the confirmed date without asking again. */
static void
test_measure_confirmed_then_overwrite (GuiFixture    *f,
                                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OndStore) store = gui_open_store (f->path);
  g_autoptr(OndMeasure) measure = ond_measure_new (0, "2024-04-02", "waarschuwing", NULL,
                                                   "softdrugs", NULL, "", 0, NULL, 0, NULL);
  gint64 id = ond_store_save_measure (store, measure, OND_REGISTER_FLAGS_NONE, &error);
  g_autoptr(GObject) opened = NULL;
  g_autoptr(GObject) after = NULL;
  OndRegisterEditor *editor;
  AdwMessageDialog *dialog;

  g_assert_no_error (error);
  opened = stored (store, OND_TYPE_MEASURE, id);
  editor = open_form (store, OND_REGISTER_MEASURES, opened);
  save_elsewhere (f, ond_measure_new (id, "2024-04-02", "sluiting", NULL, "softdrugs", NULL, "",
                                      0, NULL, 0, NULL));
  type_text (find_row (GTK_WIDGET (editor), ADW_TYPE_ENTRY_ROW, "Date (dd-mm-yyyy)"),
             "15-01-2025");
  dialog = click_for_dialog (find_button (GTK_WIDGET (editor), "_Save"),
                             ADW_TYPE_MESSAGE_DIALOG);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Save Anyway?");
  click_response (dialog, "_Save Anyway");
  run_until_idle ();

  dialog = conflict_dialog ("Someone Else Changed This Measure", "Kind", "Sluiting", "Date");
  after = stored (store, OND_TYPE_MEASURE, id);
  g_assert_cmpstr (ond_measure_get_date (OND_MEASURE (after)), ==, "2024-04-02");
  g_clear_object (&after);

  click_response (dialog, "_Overwrite With Mine");
  run_until_idle ();
  g_assert_null (find_dialog (ADW_TYPE_MESSAGE_DIALOG));
  g_assert_null (find_window (OND_TYPE_REGISTER_EDITOR));
  after = stored (store, OND_TYPE_MEASURE, id);
  g_assert_cmpstr (ond_measure_get_date (OND_MEASURE (after)), ==, "2025-01-15");
  g_assert_cmpstr (ond_measure_get_kind (OND_MEASURE (after)), ==, "waarschuwing");
  g_assert_cmpint (row_version (after), ==, 3);
}

/* Activities: someone else sets the theme and writes a note; the user writes a note too.
 * Keeping their version shows their theme and note in the form. */
static void
test_activity_keep_theirs (GuiFixture    *f,
                           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OndStore) store = gui_open_store (f->path);
  g_autoptr(OndPlan) plan = ond_store_dup_current_plan (store, &error);
  g_autoptr(GListModel) themes = ond_store_list_themes (store, ond_plan_get_id (plan), &error);
  g_autoptr(OndTheme) theme = g_list_model_get_item (themes, 0);
  g_autoptr(OndActivity) activity = ond_activity_new (0, "2024-06-10", "drugsactie", NULL, 0,
                                                      NULL, 0, NULL, 0, NULL, "");
  gint64 id = ond_store_save_activity (store, activity, OND_REGISTER_FLAGS_NONE, &error);
  g_autoptr(GObject) opened = NULL;
  g_autoptr(GObject) after = NULL;
  OndRegisterEditor *editor;
  AdwMessageDialog *dialog;

  g_assert_no_error (error);
  opened = stored (store, OND_TYPE_ACTIVITY, id);
  editor = open_form (store, OND_REGISTER_ACTIVITIES, opened);
  g_assert_cmpstr (combo_text (editor, "Theme"), ==, "No theme");
  save_elsewhere (f, ond_activity_new (id, "2024-06-10", "drugsactie", NULL,
                                       ond_theme_get_id (theme), NULL, 0, NULL, 0, NULL,
                                       "Van een ander"));
  type_text (find_row (GTK_WIDGET (editor), ADW_TYPE_ENTRY_ROW, "Note"), "Mijn notitie");
  click (find_button (GTK_WIDGET (editor), "_Save"));
  run_until_idle ();
  dialog = conflict_dialog ("Someone Else Changed This Activity", "Theme",
                            ond_theme_get_name (theme), "Planning row");
  g_assert_true (any_label_contains (GTK_WIDGET (dialog),
                                     "Their value: Van een ander\nYour value: Mijn notitie"));

  click_response (dialog, "_Keep Their Version");
  run_until_idle ();
  g_assert_true (find_window (OND_TYPE_REGISTER_EDITOR) == editor);
  g_assert_cmpstr (combo_text (editor, "Theme"), ==, ond_theme_get_name (theme));
  g_assert_cmpstr (entry_text (editor, "Note"), ==, "Van een ander");
  after = stored (store, OND_TYPE_ACTIVITY, id);
  g_assert_cmpstr (ond_activity_get_note (OND_ACTIVITY (after)), ==, "Van een ander");
  g_assert_cmpint (row_version (after), ==, 2);
  close_form (editor);
}

int
main (int   argc,
      char *argv[])
{
  gui_test_init (&argc, &argv, "RegisterConflict");
  gui_test_add ("/register-conflict-gui/control-keep-theirs", test_control_keep_theirs);
  gui_test_add ("/register-conflict-gui/control-overwrite-with-mine",
                test_control_overwrite_with_mine);
  gui_test_add ("/register-conflict-gui/stop-talk-keep-theirs", test_stop_talk_keep_theirs);
  gui_test_add ("/register-conflict-gui/stop-talk-overwrite-with-mine",
                test_stop_talk_overwrite_with_mine);
  gui_test_add ("/register-conflict-gui/measure-confirmed-then-overwrite",
                test_measure_confirmed_then_overwrite);
  gui_test_add ("/register-conflict-gui/activity-keep-theirs", test_activity_keep_theirs);
  return gui_test_run ();
}
