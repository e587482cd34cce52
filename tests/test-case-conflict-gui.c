/* test-case-conflict-gui.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Edits under concurrency in the case editor and in the editor of a case's intervention: the
 * form is open, someone else (a second store on the same file) saves the record, and Save
 * shows what changed instead of overwriting it. Keeping their version fills the form with
 * the record as it is now and writes nothing; overwriting saves the form over it. */

#include "config.h"

#include <adwaita.h>

#include "ond-case-conflict-dialog.h"
#include "ond-case-editor.h"
#include "ond-case.h"
#include "ond-intervention-editor.h"
#include "ond-intervention.h"
#include "ond-partner.h"
#include "ond-store-edit-conflict.h"
#include "ond-gui-test-util.h"
#include "ond-store-cases.h"
#include "ond-test-util.h"

static gint64
add_case (OndStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OndCaseDraft) draft = ond_case_draft_new ();
  g_autoptr(GDateTime) today = g_date_time_new_now_local ();
  gint64 id;

  draft->date_received = g_strdup ("2025-03-04");
  draft->source = g_strdup ("mma");
  draft->subject_kind = g_strdup ("persoon");
  draft->subject_name = g_strdup ("Jan de Vries");
  draft->address = g_strdup ("Voorstraat 12");
  draft->summary = g_strdup ("Hennepkwekerij");
  id = ond_store_create_case (store, draft, today, NULL, &error);
  g_assert_no_error (error);
  return id;
}

/* Someone else renames the subject through their own connection. */
static void
change_elsewhere (const char *path,
                  gint64      id,
                  const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OndStore) other = ond_store_open (path, &error);
  g_autoptr(OndCase) kase = NULL;
  g_autoptr(OndCaseDraft) draft = NULL;
  g_autoptr(GDateTime) today = g_date_time_new_now_local ();

  g_assert_no_error (error);
  kase = ond_store_get_case (other, id, &error);
  g_assert_no_error (error);
  draft = ond_case_dup_draft (kase);
  g_free (draft->subject_name);
  draft->subject_name = g_strdup (name);
  g_assert_true (ond_store_update_case (other, id, draft, today, &error));
  g_assert_no_error (error);
}

static char *
stored (OndStore   *store,
        gint64      id,
        const char *property)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OndCase) kase = ond_store_get_case (store, id, &error);
  char *value = NULL;

  g_assert_no_error (error);
  g_object_get (kase, property, &value, NULL);
  return value;
}

static OndCaseEditor *
open_editor (OndStore *store,
             gint64    id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OndCase) kase = ond_store_get_case (store, id, &error);
  OndCaseEditor *editor;

  g_assert_no_error (error);
  editor = ond_case_editor_new (NULL, store, NULL, kase);
  gtk_window_present (GTK_WINDOW (editor));
  run_until_idle ();
  return editor;
}

static void
test_keep_theirs (GuiFixture    *f,
                  gconstpointer  data)
{
  g_autoptr(OndStore) store = gui_open_store (f->path);
  g_autofree char *address = NULL;
  g_autofree char *name = NULL;
  gint64 id = add_case (store);
  OndCaseEditor *editor = open_editor (store, id);
  AdwMessageDialog *dialog;

  type_text (find_row (GTK_WIDGET (editor), ADW_TYPE_ENTRY_ROW, "Address"), "Nieuwstraat 1");
  change_elsewhere (f->path, id, "Piet Jansen");

  click (find_button (GTK_WIDGET (editor), "_Save"));
  dialog = find_dialog (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Someone Else Changed This Case");
  /* The one field that changed, their value and the user's (who did not change it). */
  g_assert_nonnull (find_row (GTK_WIDGET (dialog), ADW_TYPE_ACTION_ROW, "Name of the subject"));
  g_assert_true (any_label_contains (GTK_WIDGET (dialog), "Their value: Piet Jansen"));
  g_assert_true (any_label_contains (GTK_WIDGET (dialog), "Your value: Jan de Vries"));
  g_assert_null (find_row (GTK_WIDGET (dialog), ADW_TYPE_ACTION_ROW, "Address"));
  /* Nothing of the form was written. */
  address = stored (store, id, "address");
  g_assert_cmpstr (address, ==, "Voorstraat 12");

  /* Their version: the form shows the case as it is now, still open, nothing written. */
  click_response (dialog, "_Keep Their Version");
  g_assert_true (find_window (OND_TYPE_CASE_EDITOR) == editor);
  g_assert_cmpstr (gtk_editable_get_text (find_row (GTK_WIDGET (editor), ADW_TYPE_ENTRY_ROW,
                                                    "Name of the subject")), ==, "Piet Jansen");
  g_assert_cmpstr (gtk_editable_get_text (find_row (GTK_WIDGET (editor), ADW_TYPE_ENTRY_ROW,
                                                    "Address")), ==, "Voorstraat 12");
  g_clear_pointer (&address, g_free);
  address = stored (store, id, "address");
  g_assert_cmpstr (address, ==, "Voorstraat 12");

  /* An edit from there saves at once. */
  type_text (find_row (GTK_WIDGET (editor), ADW_TYPE_ENTRY_ROW, "Address"), "Nieuwstraat 1");
  click (find_button (GTK_WIDGET (editor), "_Save"));
  g_assert_null (find_window (OND_TYPE_CASE_EDITOR));
  g_clear_pointer (&address, g_free);
  address = stored (store, id, "address");
  name = stored (store, id, "subject-name");
  g_assert_cmpstr (address, ==, "Nieuwstraat 1");
  g_assert_cmpstr (name, ==, "Piet Jansen");
}

static void
test_overwrite_with_mine (GuiFixture    *f,
                          gconstpointer  data)
{
  g_autoptr(OndStore) store = gui_open_store (f->path);
  g_autofree char *name = NULL;
  gint64 id = add_case (store);
  OndCaseEditor *editor = open_editor (store, id);
  AdwMessageDialog *dialog;

  type_text (find_row (GTK_WIDGET (editor), ADW_TYPE_ENTRY_ROW, "Name of the subject"),
             "Karel Smit");
  change_elsewhere (f->path, id, "Piet Jansen");
  click (find_button (GTK_WIDGET (editor), "_Save"));
  dialog = find_dialog (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (dialog);
  g_assert_true (any_label_contains (GTK_WIDGET (dialog), "Your value: Karel Smit"));

  click_response (dialog, "_Overwrite With Mine");
  g_assert_null (find_window (OND_TYPE_CASE_EDITOR));
  name = stored (store, id, "subject-name");
  g_assert_cmpstr (name, ==, "Karel Smit");
}

/* Interventions. */

/* The id of the item of @model whose @name_of is @name. */
static gint64
id_in (GListModel  *model,
       const char *(*name_of) (gpointer item),
       gint64      (*id_of) (gpointer item),
       const char  *name)
{
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, i);

      if (g_strcmp0 (name_of (item), name) == 0)
        return id_of (item);
    }
  g_assert_not_reached ();
}

/* A case with BRP controle by the Gemeente, planned 1 July 2025, note "Eerste". */
static gint64
add_intervention (OndStore *store,
                  gint64   *case_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) interventions = ond_store_list_interventions (store, &error);
  g_autoptr(GListModel) partners = ond_store_list_partners (store, &error);
  gint64 id;

  g_assert_no_error (error);
  *case_id = add_case (store);
  id = ond_store_add_case_intervention (
    store, *case_id,
    id_in (interventions, (gpointer) ond_intervention_get_name, (gpointer) ond_intervention_get_id,
           "BRP controle"),
    id_in (partners, (gpointer) ond_partner_get_short_name, (gpointer) ond_partner_get_id,
           "Gemeente"),
    "2025-07-01", NULL, "gepland", "Eerste", &error);
  g_assert_no_error (error);
  return id;
}

static OndCaseIntervention *
stored_intervention (OndStore *store,
                     gint64    case_id,
                     gint64    id)
{
  g_autoptr(GError) error = NULL;
  OndCaseIntervention *item = ond_store_get_case_intervention (store, case_id, id, &error);

  g_assert_no_error (error);
  return item;
}

/* Someone else sets the status to "lopend" through their own connection. */
static void
start_elsewhere (const char *path,
                 gint64      case_id,
                 gint64      id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OndStore) other = ond_store_open (path, &error);
  g_autoptr(OndCaseIntervention) item = NULL;

  g_assert_no_error (error);
  item = stored_intervention (other, case_id, id);
  g_assert_true (ond_store_save_case_intervention_edit (
    other, item, ond_case_intervention_get_partner_id (item), "2025-07-01", NULL, "lopend",
    ond_case_intervention_get_note (item), &error));
  g_assert_no_error (error);
}

static OndInterventionEditor *
open_intervention_editor (OndStore *store,
                          gint64    case_id,
                          gint64    id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OndCase) kase = ond_store_get_case (store, case_id, &error);
  g_autoptr(OndCaseIntervention) item = stored_intervention (store, case_id, id);
  OndInterventionEditor *editor;

  g_assert_no_error (error);
  editor = ond_intervention_editor_new (NULL, store, kase, item);
  gtk_window_present (GTK_WINDOW (editor));
  run_until_idle ();
  return editor;
}

/* The note is typed while someone else starts the intervention: Save asks, showing the
 * status; their version brings their status into the form and drops the note, writing
 * nothing; a Save from there writes the form. */
static void
test_intervention_keep_theirs (GuiFixture    *f,
                               gconstpointer  data)
{
  g_autoptr(OndStore) store = gui_open_store (f->path);
  g_autoptr(OndCaseIntervention) after = NULL;
  gint64 case_id;
  gint64 id = add_intervention (store, &case_id);
  OndInterventionEditor *editor = open_intervention_editor (store, case_id, id);
  AdwMessageDialog *dialog;

  type_text (find_row (GTK_WIDGET (editor), ADW_TYPE_ENTRY_ROW, "Note"), "Mijn notitie");
  start_elsewhere (f->path, case_id, id);
  click (find_button (GTK_WIDGET (editor), "_Save"));
  dialog = find_dialog (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==,
                   "Someone Else Changed This Intervention");
  g_assert_nonnull (find_row (GTK_WIDGET (dialog), ADW_TYPE_ACTION_ROW, "Status"));
  g_assert_null (find_row (GTK_WIDGET (dialog), ADW_TYPE_ACTION_ROW, "Note"));
  after = stored_intervention (store, case_id, id);
  g_assert_cmpstr (ond_case_intervention_get_note (after), ==, "Eerste");
  g_assert_cmpint (ond_case_intervention_get_row_version (after), ==, 2);

  click_response (dialog, "_Keep Their Version");
  run_until_idle ();
  g_assert_true (find_window (OND_TYPE_INTERVENTION_EDITOR) == editor);
  g_assert_cmpstr (gtk_editable_get_text (find_row (GTK_WIDGET (editor), ADW_TYPE_ENTRY_ROW,
                                                    "Note")), ==, "Eerste");
  g_clear_object (&after);
  after = stored_intervention (store, case_id, id);
  g_assert_cmpint (ond_case_intervention_get_row_version (after), ==, 2);

  /* Saved from there over the version just read: their status stays. */
  type_text (find_row (GTK_WIDGET (editor), ADW_TYPE_ENTRY_ROW, "Note"), "Mijn notitie");
  click (find_button (GTK_WIDGET (editor), "_Save"));
  g_assert_null (find_window (OND_TYPE_INTERVENTION_EDITOR));
  g_clear_object (&after);
  after = stored_intervention (store, case_id, id);
  g_assert_cmpstr (ond_case_intervention_get_note (after), ==, "Mijn notitie");
  g_assert_cmpstr (ond_case_intervention_get_status (after), ==, "lopend");
  g_assert_cmpint (ond_case_intervention_get_row_version (after), ==, 3);
}

/* Overwrite: the form is saved as it is over their version, and closes. */
static void
test_intervention_overwrite_with_mine (GuiFixture    *f,
                                       gconstpointer  data)
{
  g_autoptr(OndStore) store = gui_open_store (f->path);
  g_autoptr(OndCaseIntervention) after = NULL;
  gint64 case_id;
  gint64 id = add_intervention (store, &case_id);
  OndInterventionEditor *editor = open_intervention_editor (store, case_id, id);
  AdwMessageDialog *dialog;

  type_text (find_row (GTK_WIDGET (editor), ADW_TYPE_ENTRY_ROW, "Note"), "Mijn notitie");
  start_elsewhere (f->path, case_id, id);
  click (find_button (GTK_WIDGET (editor), "_Save"));
  dialog = find_dialog (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (dialog);

  click_response (dialog, "_Overwrite With Mine");
  run_until_idle ();
  g_assert_null (find_window (OND_TYPE_INTERVENTION_EDITOR));
  after = stored_intervention (store, case_id, id);
  g_assert_cmpstr (ond_case_intervention_get_note (after), ==, "Mijn notitie");
  /* The form still said "gepland": overwriting writes the whole form. */
  g_assert_cmpstr (ond_case_intervention_get_status (after), ==, "gepland");
  g_assert_cmpint (ond_case_intervention_get_row_version (after), ==, 3);
}

int
main (int   argc,
      char *argv[])
{
  gui_test_init (&argc, &argv, "CaseConflict");
  gui_test_add ("/case-conflict-gui/keep-theirs", test_keep_theirs);
  gui_test_add ("/case-conflict-gui/overwrite-with-mine", test_overwrite_with_mine);
  gui_test_add ("/case-conflict-gui/intervention-keep-theirs", test_intervention_keep_theirs);
  gui_test_add ("/case-conflict-gui/intervention-overwrite-with-mine",
                test_intervention_overwrite_with_mine);
  return gui_test_run ();
}
