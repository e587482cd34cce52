/* test-planning-conflict-gui.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Edits under concurrency in the form of a planning row, of a partner and of an explanation
 * for the council (each saves every change by itself; a new explanation is written with
 * Add): the form is open, someone else (a second store on the same file)
 * changes the record, and the user's next change is refused with the conflict dialog, which
 * names the field that changed with their value. "Keep their version" fills the form in from
 * the record as it is now and writes nothing; a change from there is saved over the version
 * read then. "Overwrite with mine" saves the form as it is over their version. */

#include "config.h"

#include <adwaita.h>

#include "ond-explanation-dialog.h"
#include "ond-gui-test-util.h"
#include "ond-partner-editor.h"
#include "ond-plan-item-editor.h"
#include "ond-store-partner-conflict.h"
#include "ond-store-plan-conflict.h"
#include "ond-store-private.h"
#include "ond-test-util.h"

static gint64
first_id (OndStore   *store,
          const char *sql)
{
  g_autoptr(GError) error = NULL;
  gint64 id = 0;

  g_assert_true (_ond_store_query_int (store, sql, &id, &error));
  g_assert_no_error (error);
  return id;
}

/* Planning rows. */

static OndPlanItem *
stored_item (OndStore *store,
             gint64    plan_id,
             gint64    id)
{
  g_autoptr(GError) error = NULL;
  OndPlanItem *item = ond_store_get_plan_item (store, plan_id, id, &error);

  g_assert_no_error (error);
  g_assert_nonnull (item);
  return item;
}

/* Someone else changes what the row says through their own connection. */
static void
change_item_elsewhere (const char  *path,
                       OndPlanItem *item,
                       const char  *what)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OndStore) other = ond_store_open (path, &error);

  g_assert_no_error (error);
  g_assert_true (ond_store_update_plan_item (other, ond_plan_item_get_id (item),
                                             ond_plan_item_get_year (item),
                                             ond_plan_item_get_period (item), what,
                                             ond_plan_item_get_who (item),
                                             ond_plan_item_get_theme_id (item),
                                             ond_plan_item_get_status (item),
                                             ond_plan_item_get_recurring (item), &error));
  g_assert_no_error (error);
}

/* Opens the form of the plan's first planning row that is not an open slot and not
 * dropped, and lets someone else change its text. */
static OndPlanItemEditor *
open_item_then_change (GuiFixture   *f,
                       OndStore     *store,
                       OndPlan      *plan,
                       OndPlanItem **item)
{
  OndPlanItemEditor *editor;
  gint64 id = first_id (store, "SELECT min(id) FROM plan_item WHERE status <> 'vervallen'"
                               " AND lower(what) NOT LIKE 'n.t.b%'");

  *item = stored_item (store, ond_plan_get_id (plan), id);
  editor = ond_plan_item_editor_new (NULL, store, plan, *item, 0);
  gtk_window_present (GTK_WINDOW (editor));
  run_until_idle ();
  change_item_elsewhere (f->path, *item, "Tekst van een ander");
  /* A choice is saved at once: refused. */
  choose (form_combo (editor, "Status"), "Vervallen");
  run_until_idle ();
  return editor;
}

static AdwMessageDialog *
item_conflict_dialog (void)
{
  AdwMessageDialog *dialog = find_dialog (ADW_TYPE_MESSAGE_DIALOG);

  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==,
                   "Someone Else Changed This Planning Row");
  g_assert_nonnull (find_row (GTK_WIDGET (dialog), ADW_TYPE_ACTION_ROW, "What"));
  g_assert_true (any_label_contains (GTK_WIDGET (dialog), "Their value: Tekst van een ander"));
  g_assert_null (find_row (GTK_WIDGET (dialog), ADW_TYPE_ACTION_ROW, "Status"));
  return dialog;
}

static void
test_item_keep_theirs (GuiFixture    *f,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OndStore) store = gui_open_store (f->path);
  g_autoptr(OndPlan) plan = ond_store_dup_current_plan (store, &error);
  g_autoptr(OndPlanItem) item = NULL;
  g_autoptr(OndPlanItem) after = NULL;
  OndPlanItemEditor *editor;
  AdwMessageDialog *dialog;

  g_assert_no_error (error);
  editor = open_item_then_change (f, store, plan, &item);
  dialog = item_conflict_dialog ();
  after = stored_item (store, ond_plan_get_id (plan), ond_plan_item_get_id (item));
  g_assert_cmpstr (ond_plan_item_get_status (after), ==, ond_plan_item_get_status (item));
  g_assert_cmpint (ond_plan_item_get_row_version (after), ==, 2);

  /* Their version: the form shows the row as it is now; nothing is written. */
  click_response (dialog, "_Keep Their Version");
  run_until_idle ();
  g_assert_true (find_window (OND_TYPE_PLAN_ITEM_EDITOR) == editor);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (form_entry (editor, "What"))), ==,
                   "Tekst van een ander");
  g_clear_object (&after);
  after = stored_item (store, ond_plan_get_id (plan), ond_plan_item_get_id (item));
  g_assert_cmpstr (ond_plan_item_get_status (after), ==, ond_plan_item_get_status (item));
  g_assert_cmpint (ond_plan_item_get_row_version (after), ==, 2);

  /* A change from there is saved at once, over the version read then. */
  choose (form_combo (editor, "Status"), "Vervallen");
  run_until_idle ();
  g_assert_null (find_dialog (ADW_TYPE_MESSAGE_DIALOG));
  g_clear_object (&after);
  after = stored_item (store, ond_plan_get_id (plan), ond_plan_item_get_id (item));
  g_assert_cmpstr (ond_plan_item_get_status (after), ==, "vervallen");
  g_assert_cmpstr (ond_plan_item_get_what (after), ==, "Tekst van een ander");
  g_assert_cmpint (ond_plan_item_get_row_version (after), ==, 3);
  close_form (editor);
}

static void
test_item_overwrite_with_mine (GuiFixture    *f,
                               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OndStore) store = gui_open_store (f->path);
  g_autoptr(OndPlan) plan = ond_store_dup_current_plan (store, &error);
  g_autoptr(OndPlanItem) item = NULL;
  g_autoptr(OndPlanItem) after = NULL;
  OndPlanItemEditor *editor;
  AdwMessageDialog *dialog;

  g_assert_no_error (error);
  editor = open_item_then_change (f, store, plan, &item);
  dialog = item_conflict_dialog ();

  /* Mine: the whole form saved over their version (their text goes too). */
  click_response (dialog, "_Overwrite With Mine");
  run_until_idle ();
  g_assert_null (find_dialog (ADW_TYPE_MESSAGE_DIALOG));
  after = stored_item (store, ond_plan_get_id (plan), ond_plan_item_get_id (item));
  g_assert_cmpstr (ond_plan_item_get_status (after), ==, "vervallen");
  g_assert_cmpstr (ond_plan_item_get_what (after), ==, ond_plan_item_get_what (item));
  g_assert_cmpint (ond_plan_item_get_row_version (after), ==, 3);
  close_form (editor);
}

/* Partners. */

static OndPartner *
stored_partner (OndStore *store,
                gint64    id)
{
  g_autoptr(GError) error = NULL;
  OndPartner *partner = ond_store_get_partner (store, id, &error);

  g_assert_no_error (error);
  g_assert_nonnull (partner);
  return partner;
}

static GtkSwitch *
regiegroep_switch (OndPartnerEditor *editor)
{
  GtkSwitch *regiegroep = find_first (find_row (GTK_WIDGET (editor), ADW_TYPE_ACTION_ROW,
                                                "Member of the regiegroep"),
                                      GTK_TYPE_SWITCH);

  g_assert_nonnull (regiegroep);
  return regiegroep;
}

/* Opens the form of a partner outside the regiegroep, lets someone else change its contact
 * role, then makes it a member: refused. */
static OndPartnerEditor *
open_partner_then_change (GuiFixture  *f,
                          OndStore    *store,
                          OndPartner **partner)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OndStore) other = NULL;
  OndPartnerEditor *editor;
  OndPartnerFields fields;
  gint64 id = first_id (store, "SELECT min(id) FROM partner WHERE regiegroep = 0"
                               " AND retired = 0");

  *partner = stored_partner (store, id);
  editor = ond_partner_editor_new (NULL, store, *partner);
  gtk_window_present (GTK_WINDOW (editor));
  run_until_idle ();

  other = ond_store_open (f->path, &error);
  g_assert_no_error (error);
  fields = (OndPartnerFields) { ond_partner_get_name (*partner),
                                ond_partner_get_short_name (*partner),
                                ond_partner_get_kind (*partner), FALSE, "Rol van een ander" };
  g_assert_true (ond_store_update_partner (other, id, &fields, &error));
  g_assert_no_error (error);

  gtk_switch_set_active (regiegroep_switch (editor), TRUE);
  run_until_idle ();
  return editor;
}

static AdwMessageDialog *
partner_conflict_dialog (void)
{
  AdwMessageDialog *dialog = find_dialog (ADW_TYPE_MESSAGE_DIALOG);

  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==,
                   "Someone Else Changed This Partner");
  g_assert_nonnull (find_row (GTK_WIDGET (dialog), ADW_TYPE_ACTION_ROW,
                              "Contact role (optional)"));
  g_assert_true (any_label_contains (GTK_WIDGET (dialog), "Their value: Rol van een ander"));
  g_assert_null (find_row (GTK_WIDGET (dialog), ADW_TYPE_ACTION_ROW,
                           "Member of the regiegroep"));
  return dialog;
}

static void
test_partner_keep_theirs (GuiFixture    *f,
                          gconstpointer  data)
{
  g_autoptr(OndStore) store = gui_open_store (f->path);
  g_autoptr(OndPartner) partner = NULL;
  g_autoptr(OndPartner) after = NULL;
  OndPartnerEditor *editor;
  AdwMessageDialog *dialog;

  editor = open_partner_then_change (f, store, &partner);
  dialog = partner_conflict_dialog ();
  after = stored_partner (store, ond_partner_get_id (partner));
  g_assert_false (ond_partner_get_regiegroep (after));
  g_assert_cmpint (ond_partner_get_row_version (after), ==, 2);

  /* Their version: the form shows the partner as it is now (not a member, their role). */
  click_response (dialog, "_Keep Their Version");
  run_until_idle ();
  g_assert_true (find_window (OND_TYPE_PARTNER_EDITOR) == editor);
  g_assert_false (gtk_switch_get_active (regiegroep_switch (editor)));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (form_entry (editor,
                                                                    "Contact role (optional)"))),
                   ==, "Rol van een ander");
  g_clear_object (&after);
  after = stored_partner (store, ond_partner_get_id (partner));
  g_assert_false (ond_partner_get_regiegroep (after));
  g_assert_cmpint (ond_partner_get_row_version (after), ==, 2);

  /* A change from there is saved at once, over the version read then. */
  gtk_switch_set_active (regiegroep_switch (editor), TRUE);
  run_until_idle ();
  g_assert_null (find_dialog (ADW_TYPE_MESSAGE_DIALOG));
  g_clear_object (&after);
  after = stored_partner (store, ond_partner_get_id (partner));
  g_assert_true (ond_partner_get_regiegroep (after));
  g_assert_cmpstr (ond_partner_get_contact_role (after), ==, "Rol van een ander");
  g_assert_cmpint (ond_partner_get_row_version (after), ==, 3);
  close_form (editor);
}

static void
test_partner_overwrite_with_mine (GuiFixture    *f,
                                  gconstpointer  data)
{
  g_autoptr(OndStore) store = gui_open_store (f->path);
  g_autoptr(OndPartner) partner = NULL;
  g_autoptr(OndPartner) after = NULL;
  OndPartnerEditor *editor;
  AdwMessageDialog *dialog;

  editor = open_partner_then_change (f, store, &partner);
  dialog = partner_conflict_dialog ();

  /* Mine: the whole form saved over their version (their role goes too). */
  click_response (dialog, "_Overwrite With Mine");
  run_until_idle ();
  g_assert_null (find_dialog (ADW_TYPE_MESSAGE_DIALOG));
  after = stored_partner (store, ond_partner_get_id (partner));
  g_assert_true (ond_partner_get_regiegroep (after));
  g_assert_cmpstr (ond_partner_get_contact_role (after), ==,
                   ond_partner_get_contact_role (partner));
  g_assert_cmpint (ond_partner_get_row_version (after), ==, 3);
  close_form (editor);
}

/* Explanations: the year explanation of the plan's first year. */

static void
explanation_subject (OndStore *store,
                     gint64   *plan_id,
                     int      *year)
{
  *plan_id = first_id (store, "SELECT min(id) FROM plan");
  *year = (int) first_id (store, "SELECT first_year FROM plan WHERE id = (SELECT min(id)"
                                 " FROM plan)");
}

static OndExplanation *
stored_explanation (OndStore *store)
{
  g_autoptr(GError) error = NULL;
  OndExplanation *explanation = NULL;
  gint64 plan_id;
  int year;

  explanation_subject (store, &plan_id, &year);
  g_assert_true (ond_store_get_explanation (store, plan_id, OND_EXPLANATION_YEAR, 0, year,
                                            &explanation, &error));
  g_assert_no_error (error);
  return explanation;
}

/* Sets the explanation through a connection of its own. */
static void
set_explanation_elsewhere (const char *path,
                           const char *text)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OndStore) other = ond_store_open (path, &error);
  gint64 plan_id;
  int year;

  g_assert_no_error (error);
  explanation_subject (other, &plan_id, &year);
  g_assert_cmpint (ond_store_set_explanation (other, plan_id, OND_EXPLANATION_YEAR, 0, year,
                                              text, &error), >, 0);
  g_assert_no_error (error);
}

static OndExplanationDialog *
open_explanation (OndStore   *store,
                  GtkWidget  *anchor)
{
  OndExplanationDialog *dialog;
  gint64 plan_id;
  int year;

  explanation_subject (store, &plan_id, &year);
  dialog = ond_explanation_dialog_new (anchor, store, plan_id, OND_EXPLANATION_YEAR, 0, year,
                                       "Het jaar");
  gtk_window_present (GTK_WINDOW (dialog));
  run_until_idle ();
  return dialog;
}

static GtkTextBuffer *
explanation_buffer (OndExplanationDialog *dialog)
{
  GtkTextView *view = find_first (GTK_WIDGET (dialog), GTK_TYPE_TEXT_VIEW);

  g_assert_nonnull (view);
  return gtk_text_view_get_buffer (view);
}

static char *
explanation_text (OndExplanationDialog *dialog)
{
  GtkTextBuffer *buffer = explanation_buffer (dialog);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

static AdwMessageDialog *
explanation_conflict_dialog (void)
{
  AdwMessageDialog *dialog = find_dialog (ADW_TYPE_MESSAGE_DIALOG);

  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==,
                   "Someone Else Changed This Explanation");
  g_assert_nonnull (find_row (GTK_WIDGET (dialog), ADW_TYPE_ACTION_ROW, "Explanation"));
  g_assert_true (any_label_contains (GTK_WIDGET (dialog), "Their value: Tekst van een ander"));
  return dialog;
}

/* The form of an explanation that exists: their version is shown, and a change from there
 * is saved over it. */
static void
test_explanation_keep_theirs (GuiFixture    *f,
                              gconstpointer  data)
{
  g_autoptr(OndStore) store = gui_open_store (f->path);
  g_autoptr(OndExplanation) after = NULL;
  g_autofree char *shown = NULL;
  GtkWidget *anchor = gtk_label_new ("Toelichting");
  GtkWindow *window = show_in_window (anchor);
  OndExplanationDialog *form;
  AdwMessageDialog *dialog;

  set_explanation_elsewhere (f->path, "Eerste tekst");
  form = open_explanation (store, anchor);
  assert_saves_at_once (form, "Edit Explanation");
  set_explanation_elsewhere (f->path, "Tekst van een ander");
  gtk_text_buffer_set_text (explanation_buffer (form), "Mijn tekst", -1);
  wait_past_typing_pause ();
  dialog = explanation_conflict_dialog ();
  after = stored_explanation (store);
  g_assert_cmpstr (after->text, ==, "Tekst van een ander");
  g_assert_cmpint (after->row_version, ==, 2);

  click_response (dialog, "_Keep Their Version");
  run_until_idle ();
  g_assert_true (find_window (OND_TYPE_EXPLANATION_DIALOG) == form);
  shown = explanation_text (form);
  g_assert_cmpstr (shown, ==, "Tekst van een ander");
  wait_past_typing_pause ();
  g_clear_pointer (&after, ond_explanation_free);
  after = stored_explanation (store);
  g_assert_cmpint (after->row_version, ==, 2);

  /* A change from there is saved over the version read then. */
  gtk_text_buffer_set_text (explanation_buffer (form), "Tekst van een ander, aangevuld", -1);
  wait_past_typing_pause ();
  g_assert_null (find_dialog (ADW_TYPE_MESSAGE_DIALOG));
  g_clear_pointer (&after, ond_explanation_free);
  after = stored_explanation (store);
  g_assert_cmpstr (after->text, ==, "Tekst van een ander, aangevuld");
  g_assert_cmpint (after->row_version, ==, 3);
  close_form (form);
  destroy_window (window);
}

/* A new explanation, while someone else wrote one: Add is refused with the dialog, and
 * "Overwrite With Mine" saves the form's text over theirs and closes the form. */
static void
test_explanation_overwrite_with_mine (GuiFixture    *f,
                                      gconstpointer  data)
{
  g_autoptr(OndStore) store = gui_open_store (f->path);
  g_autoptr(OndExplanation) after = NULL;
  GtkWidget *anchor = gtk_label_new ("Toelichting");
  GtkWindow *window = show_in_window (anchor);
  OndExplanationDialog *form;
  AdwMessageDialog *dialog;

  g_assert_null (stored_explanation (store));
  form = open_explanation (store, anchor);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (form)), ==, "Write Explanation");
  set_explanation_elsewhere (f->path, "Tekst van een ander");
  gtk_text_buffer_set_text (explanation_buffer (form), "Mijn tekst", -1);
  click (find_button (GTK_WIDGET (form), "_Add"));
  run_until_idle ();
  dialog = explanation_conflict_dialog ();
  after = stored_explanation (store);
  g_assert_cmpstr (after->text, ==, "Tekst van een ander");
  g_assert_cmpint (after->row_version, ==, 1);

  click_response (dialog, "_Overwrite With Mine");
  run_until_idle ();
  g_assert_null (find_window (OND_TYPE_EXPLANATION_DIALOG));
  g_clear_pointer (&after, ond_explanation_free);
  after = stored_explanation (store);
  g_assert_cmpstr (after->text, ==, "Mijn tekst");
  g_assert_cmpint (after->row_version, ==, 2);
  destroy_window (window);
}

int
main (int   argc,
      char *argv[])
{
  gui_test_init (&argc, &argv, "PlanningConflict");
  gui_test_add ("/planning-conflict-gui/item-keep-theirs", test_item_keep_theirs);
  gui_test_add ("/planning-conflict-gui/item-overwrite-with-mine",
                test_item_overwrite_with_mine);
  gui_test_add ("/planning-conflict-gui/partner-keep-theirs", test_partner_keep_theirs);
  gui_test_add ("/planning-conflict-gui/partner-overwrite-with-mine",
                test_partner_overwrite_with_mine);
  gui_test_add ("/planning-conflict-gui/explanation-keep-theirs", test_explanation_keep_theirs);
  gui_test_add ("/planning-conflict-gui/explanation-overwrite-with-mine",
                test_explanation_overwrite_with_mine);
  return gui_test_run ();
}
