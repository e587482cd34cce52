/* ond-case-editor.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The intake form. The form is read into an OndCaseDraft, checked by core
 * (ond_case_draft_validate) and then by the store; the error code names the field, and the
 * message goes right below that field. */

#define G_LOG_DOMAIN "ond-case-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "ond-area.h"
#include "ond-case-choices.h"
#include "ond-case-conflict-dialog.h"
#include "ond-case-draft.h"
#include "ond-case-editor.h"
#include "ond-date.h"
#include "ond-store-case-conflict.h"
#include "ond-store-cases.h"
#include "ond-store-subject.h"
#include "ond-theme.h"

/* The fields that can be wrong, by OndCaseDraftError code. */
#define N_FIELDS (OND_CASE_DRAFT_ERROR_SUMMARY + 1)

typedef struct
{
  GtkWidget *field;
  GtkWidget *message_row;
  GtkLabel  *message;
} Field;

struct _OndCaseEditor
{
  AdwWindow            parent_instance;

  AdwWindowTitle      *window_title;
  GtkButton           *save_button;
  AdwPreferencesGroup *general_error_group;
  GtkLabel            *general_error_label;
  AdwEntryRow         *date_row;
  GtkWidget           *date_error;
  GtkLabel            *date_error_label;
  AdwComboRow         *source_row;
  GtkWidget           *source_error;
  GtkLabel            *source_error_label;
  AdwComboRow         *theme_row;
  GtkWidget           *theme_error;
  GtkLabel            *theme_error_label;
  AdwComboRow         *area_row;
  GtkWidget           *area_error;
  GtkLabel            *area_error_label;
  AdwComboRow         *kind_row;
  GtkWidget           *kind_error;
  GtkLabel            *kind_error_label;
  AdwEntryRow         *name_row;
  GtkWidget           *name_error;
  GtkLabel            *name_error_label;
  AdwEntryRow         *address_row;
  GtkWidget           *summary_frame;
  GtkTextView         *summary_view;
  GtkLabel            *summary_error_label;
  AdwEntryRow         *mma_row;
  AdwEntryRow         *police_row;
  AdwEntryRow         *riec_row;
  AdwEntryRow         *zaaknummer_row;

  Field                fields[N_FIELDS];
  /* The ids behind the theme and area choices; position 0 is "none". */
  GArray              *theme_ids;
  GArray              *area_ids;
  /* The vocabularies behind the source and kind choices (OndVocabularyEntry). */
  GPtrArray           *sources;
  GPtrArray           *kinds;

  OndStore            *store;
  OndPlan             *plan;
  OndCase             *kase;
  /* A correction asked for by the person concerned (ond_case_editor_set_on_request). */
  gboolean             on_request;
};

enum
{
  PROP_0,
  PROP_STORE,
  PROP_PLAN,
  PROP_CASE,
  N_PROPS,
};

enum
{
  SAVED,
  N_SIGNALS,
};

G_DEFINE_FINAL_TYPE (OndCaseEditor, ond_case_editor, ADW_TYPE_WINDOW)

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void
clear_errors (OndCaseEditor *self)
{
  for (guint i = 0; i < N_FIELDS; i++)
    {
      Field *field = &self->fields[i];

      gtk_widget_remove_css_class (field->field, "error");
      gtk_widget_set_visible (field->message_row, FALSE);
      gtk_label_set_label (field->message, "");
      gtk_accessible_reset_state (GTK_ACCESSIBLE (field->field), GTK_ACCESSIBLE_STATE_INVALID);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->general_error_group), FALSE);
  gtk_label_set_label (self->general_error_label, "");
}

static void
show_field_error (OndCaseEditor *self,
                  guint          code,
                  const char    *message)
{
  Field *field;

  if (code >= N_FIELDS)
    {
      gtk_label_set_label (self->general_error_label, message);
      gtk_widget_set_visible (GTK_WIDGET (self->general_error_group), TRUE);
      return;
    }

  field = &self->fields[code];
  gtk_widget_add_css_class (field->field, "error");
  gtk_label_set_label (field->message, message);
  gtk_widget_set_visible (field->message_row, TRUE);
  gtk_accessible_update_state (GTK_ACCESSIBLE (field->field),
                               GTK_ACCESSIBLE_STATE_INVALID, GTK_ACCESSIBLE_INVALID_TRUE,
                               -1);
  gtk_widget_grab_focus (field->field);
}

static void
show_error (OndCaseEditor *self,
            const GError  *error)
{
  if (error->domain == OND_CASE_DRAFT_ERROR)
    show_field_error (self, (guint) error->code, error->message);
  else
    show_field_error (self, N_FIELDS, error->message);
}

static char *
dup_text (AdwEntryRow *row)
{
  g_autofree char *text = g_strdup (gtk_editable_get_text (GTK_EDITABLE (row)));

  return g_strstrip (g_steal_pointer (&text));
}

static char *
dup_summary (OndCaseEditor *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->summary_view);
  GtkTextIter start, end;
  g_autofree char *text = NULL;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  return g_strstrip (g_steal_pointer (&text));
}

static const char *
selected_code (AdwComboRow *row,
               GPtrArray   *entries)
{
  return ond_case_choices_code (entries, adw_combo_row_get_selected (row));
}

static gint64
selected_id (AdwComboRow *row,
             GArray      *ids)
{
  guint selected = adw_combo_row_get_selected (row);

  if (selected >= ids->len)
    return 0;
  return g_array_index (ids, gint64, selected);
}

static void
select_id (AdwComboRow *row,
           GArray      *ids,
           gint64       id)
{
  for (guint i = 0; i < ids->len; i++)
    if (g_array_index (ids, gint64, i) == id)
      {
        adw_combo_row_set_selected (row, i);
        return;
      }
  adw_combo_row_set_selected (row, 0);
}

/* Reads the form. Only a date that cannot be read at all is refused here; everything else
 * is for ond_case_draft_validate to judge. */
static OndCaseDraft *
read_form (OndCaseEditor  *self,
           GError        **error)
{
  g_autoptr(OndCaseDraft) draft = ond_case_draft_new ();
  g_autofree char *date = dup_text (self->date_row);

  if (date[0] != '\0')
    {
      g_autoptr(GError) date_error = NULL;

      if (!ond_date_parse (date, &draft->date_received, &date_error))
        {
          g_set_error_literal (error, OND_CASE_DRAFT_ERROR, OND_CASE_DRAFT_ERROR_DATE,
                               date_error->message);
          return NULL;
        }
    }

  draft->source = g_strdup (selected_code (self->source_row, self->sources));
  draft->theme_id = selected_id (self->theme_row, self->theme_ids);
  draft->area_id = selected_id (self->area_row, self->area_ids);
  draft->subject_kind = g_strdup (selected_code (self->kind_row, self->kinds));
  draft->subject_name = dup_text (self->name_row);
  draft->address = dup_text (self->address_row);
  draft->summary = dup_summary (self);
  draft->mma_number = dup_text (self->mma_row);
  draft->police_number = dup_text (self->police_row);
  draft->riec_number = dup_text (self->riec_row);
  draft->zaaknummer = dup_text (self->zaaknummer_row);

  return g_steal_pointer (&draft);
}

static void show_conflict (OndCaseEditor      *self,
                           const OndCaseDraft *mine);

static gboolean
save (OndCaseEditor *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OndCaseDraft) draft = NULL;
  g_autoptr(GDateTime) today = g_date_time_new_now_local ();
  g_autofree char *reference = NULL;
  gint64 case_id;

  clear_errors (self);

  draft = read_form (self, &error);
  if (draft == NULL || !ond_case_draft_validate (draft, today, &error))
    {
      show_error (self, error);
      return FALSE;
    }

  if (self->kase == NULL)
    {
      case_id = ond_store_create_case (self->store, draft, today, &reference, &error);
    }
  else
    {
      case_id = ond_case_get_id (self->kase);
      reference = g_strdup (ond_case_get_reference (self->kase));
      /* Saved only while nobody else changed the case since it was opened. */
      draft->row_version = ond_case_get_row_version (self->kase);
      if (self->on_request
          ? !ond_store_correct_case_on_request (self->store, case_id, draft, today, &error)
          : !ond_store_update_case (self->store, case_id, draft, today, &error))
        case_id = 0;
    }

  if (case_id == 0)
    {
      g_message ("The signal was not saved: %s", error->message);
      if (g_error_matches (error, OND_STORE_ERROR, OND_STORE_ERROR_CONFLICT))
        show_conflict (self, draft);
      else
        show_error (self, error);
      return FALSE;
    }

  g_signal_emit (self, signals[SAVED], 0, case_id, reference);
  gtk_window_destroy (GTK_WINDOW (self));
  return TRUE;
}

static void
on_save_clicked_cb (OndCaseEditor *self,
                    GtkButton     *button)
{
  save (self);
}

static GPtrArray *
list_vocabulary (OndCaseEditor *self,
                 const char    *table)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *entries = ond_store_list_vocabulary (self->store, table, &error);

  if (entries == NULL)
    show_field_error (self, N_FIELDS, error->message);
  return entries;
}

static void
fill_vocabularies (OndCaseEditor *self)
{
  g_autoptr(GtkStringList) sources = NULL;
  g_autoptr(GtkStringList) kinds = NULL;

  self->sources = list_vocabulary (self, "case_source");
  sources = ond_case_choices_model (self->sources, NULL);
  adw_combo_row_set_model (self->source_row, G_LIST_MODEL (sources));

  self->kinds = list_vocabulary (self, "subject_kind");
  kinds = ond_case_choices_model (self->kinds, NULL);
  adw_combo_row_set_model (self->kind_row, G_LIST_MODEL (kinds));
}

/* Sets the label of a button with a mnemonic, and its accessible name without the
 * underscore (GTK 4.8 would name it "_Save Save"). */
static void
set_button_label (GtkButton  *button,
                  const char *label)
{
  g_autoptr(GString) name = g_string_new (label);

  g_string_replace (name, "_", "", 0);
  gtk_button_set_label (button, label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, name->str,
                                  -1);
}

static void
fill_themes (OndCaseEditor *self)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  g_autoptr(GListModel) themes = NULL;
  g_autoptr(GError) error = NULL;
  gint64 none = 0;

  g_array_set_size (self->theme_ids, 0);
  gtk_string_list_append (names, _("No theme"));
  g_array_append_val (self->theme_ids, none);

  if (self->plan != NULL)
    {
      themes = ond_store_list_themes (self->store, ond_plan_get_id (self->plan), &error);
      if (themes == NULL)
        show_field_error (self, N_FIELDS, error->message);
    }
  for (guint i = 0; themes != NULL && i < g_list_model_get_n_items (themes); i++)
    {
      g_autoptr(OndTheme) theme = g_list_model_get_item (themes, i);
      gint64 id = ond_theme_get_id (theme);

      gtk_string_list_append (names, ond_theme_get_name (theme));
      g_array_append_val (self->theme_ids, id);
    }

  /* A case may carry a theme of another plan: keep it choosable. */
  if (self->kase != NULL && ond_case_get_theme_id (self->kase) != 0)
    {
      gint64 id = ond_case_get_theme_id (self->kase);
      gboolean found = FALSE;

      for (guint i = 0; i < self->theme_ids->len && !found; i++)
        found = g_array_index (self->theme_ids, gint64, i) == id;
      if (!found && ond_case_get_theme_name (self->kase) != NULL)
        {
          gtk_string_list_append (names, ond_case_get_theme_name (self->kase));
          g_array_append_val (self->theme_ids, id);
        }
    }

  adw_combo_row_set_model (self->theme_row, G_LIST_MODEL (names));
}

static void
fill_areas (OndCaseEditor *self)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  g_autoptr(GListModel) areas = NULL;
  g_autoptr(GError) error = NULL;
  gint64 own_id = self->kase != NULL ? ond_case_get_area_id (self->kase) : 0;
  gint64 none = 0;

  g_array_set_size (self->area_ids, 0);
  gtk_string_list_append (names, _("No area"));
  g_array_append_val (self->area_ids, none);

  areas = ond_store_list_areas (self->store, &error);
  if (areas == NULL)
    show_field_error (self, N_FIELDS, error->message);
  for (guint i = 0; areas != NULL && i < g_list_model_get_n_items (areas); i++)
    {
      g_autoptr(OndArea) area = g_list_model_get_item (areas, i);
      gint64 id = ond_area_get_id (area);

      /* A retired area is offered only to the case that has it already. */
      if (ond_area_get_retired (area) && id != own_id)
        continue;
      gtk_string_list_append (names, ond_area_get_name (area));
      g_array_append_val (self->area_ids, id);
    }

  adw_combo_row_set_model (self->area_row, G_LIST_MODEL (names));
}

/* The "New area…" dialog: a name and whether it is a focus area. On "Add" the area is
 * stored, the choices are read again and the new area is selected; an error is shown in the
 * dialog, which then stays open. AdwMessageDialog closes itself before it emits "response",
 * so the dialog refuses to close until a response says it is done. */
typedef struct
{
  OndCaseEditor  *editor;
  GtkEditable    *name;
  GtkCheckButton *focus;
  GtkLabel       *error;
  gboolean        done;
  gboolean        in_close;
} NewArea;

static void
new_area_free (gpointer data)
{
  NewArea *na = data;

  g_object_unref (na->editor);
  g_free (na);
}

static void
on_new_area_name_changed_cb (GtkEditable      *name,
                             AdwMessageDialog *dialog)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (name)));

  adw_message_dialog_set_response_enabled (dialog, "add", text[0] != '\0');
}

static void
on_new_area_response_cb (AdwMessageDialog *dialog,
                         const char       *response,
                         NewArea          *na)
{
  g_autoptr(GError) error = NULL;
  gint64 id;

  if (g_strcmp0 (response, "add") == 0)
    {
      id = ond_store_add_area (na->editor->store, gtk_editable_get_text (na->name),
                               gtk_check_button_get_active (na->focus), &error);
      if (id == 0)
        {
          gtk_label_set_text (na->error, error->message);
          gtk_widget_set_visible (GTK_WIDGET (na->error), TRUE);
          gtk_widget_grab_focus (GTK_WIDGET (na->name));
          return;
        }
      fill_areas (na->editor);
      select_id (na->editor->area_row, na->editor->area_ids, id);
    }

  na->done = TRUE;
  /* Closed with Escape: the close under way finishes. A button: the dialog is still open. */
  if (!na->in_close)
    gtk_window_destroy (GTK_WINDOW (dialog));
}

static gboolean
on_new_area_close_request_cb (GtkWindow *dialog,
                              NewArea   *na)
{
  na->in_close = TRUE;
  return FALSE;
}

static gboolean
on_new_area_close_request_after_cb (GtkWindow *dialog,
                                    NewArea   *na)
{
  na->in_close = FALSE;
  return !na->done;
}

static void
on_new_area_clicked_cb (OndCaseEditor *self)
{
  AdwMessageDialog *dialog;
  GtkWidget *box;
  GtkWidget *name;
  GtkWidget *focus;
  GtkWidget *error;
  NewArea *na;

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self), _("New Area"),
                                                       NULL));
  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  name = gtk_entry_new ();
  gtk_entry_set_activates_default (GTK_ENTRY (name), TRUE);
  gtk_entry_set_placeholder_text (GTK_ENTRY (name), _("Name"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (name),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Name"), -1);
  focus = gtk_check_button_new_with_label (_("Focus area"));
  error = gtk_label_new (NULL);
  gtk_label_set_wrap (GTK_LABEL (error), TRUE);
  gtk_label_set_xalign (GTK_LABEL (error), 0);
  gtk_widget_add_css_class (error, "error");
  gtk_widget_set_visible (error, FALSE);
  gtk_box_append (GTK_BOX (box), name);
  gtk_box_append (GTK_BOX (box), focus);
  gtk_box_append (GTK_BOX (box), error);
  adw_message_dialog_set_extra_child (dialog, box);

  adw_message_dialog_add_responses (dialog,
                                    "cancel", _("_Cancel"),
                                    "add", _("_Add"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "add", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "add");
  adw_message_dialog_set_close_response (dialog, "cancel");
  adw_message_dialog_set_response_enabled (dialog, "add", FALSE);

  na = g_new0 (NewArea, 1);
  na->editor = g_object_ref (self);
  na->name = GTK_EDITABLE (name);
  na->focus = GTK_CHECK_BUTTON (focus);
  na->error = GTK_LABEL (error);
  g_object_set_data_full (G_OBJECT (dialog), "ond-new-area", na, new_area_free);

  g_signal_connect (name, "changed", G_CALLBACK (on_new_area_name_changed_cb), dialog);
  g_signal_connect (dialog, "response", G_CALLBACK (on_new_area_response_cb), na);
  g_signal_connect (dialog, "close-request", G_CALLBACK (on_new_area_close_request_cb), na);
  g_signal_connect_after (dialog, "close-request",
                          G_CALLBACK (on_new_area_close_request_after_cb), na);

  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (name);
}

static void
set_text (AdwEntryRow *row,
          const char  *text)
{
  gtk_editable_set_text (GTK_EDITABLE (row), text != NULL ? text : "");
}

static void
select_code (AdwComboRow *row,
             GPtrArray   *entries,
             const char  *code)
{
  guint position = ond_case_choices_find (entries, code);

  adw_combo_row_set_selected (row, position != GTK_INVALID_LIST_POSITION ? position : 0);
}

/* Fills the form: empty for a new signal (received today), or with the case's fields. */
static void
fill_form (OndCaseEditor *self)
{
  g_autoptr(OndCaseDraft) draft = NULL;
  g_autofree char *date = NULL;
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;

  g_return_if_fail (self->store != NULL);

  fill_vocabularies (self);
  fill_themes (self);
  fill_areas (self);

  if (self->kase == NULL)
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();

      adw_window_title_set_title (self->window_title, _("New Signal"));
      gtk_window_set_title (GTK_WINDOW (self), _("New Signal"));
      set_button_label (self->save_button, _("_Register"));
      date = g_date_time_format (now, "%d-%m-%Y");
      set_text (self->date_row, date);
      return;
    }

  draft = ond_case_dup_draft (self->kase);
  /* Translators: below the title of a form, e.g. "Signal 2026-0001". */
  subtitle = g_strdup_printf (_("Signal %s"), ond_case_get_reference (self->kase));
  adw_window_title_set_title (self->window_title, _("Edit Signal"));
  adw_window_title_set_subtitle (self->window_title, subtitle);
  /* Translators: the title of a form's window, e.g. "Edit Signal – Signal 2026-0001". */
  title = g_strdup_printf (_("%s – %s"), _("Edit Signal"), subtitle);
  gtk_window_set_title (GTK_WINDOW (self), title);
  set_button_label (self->save_button, _("_Save"));

  date = ond_date_format (draft->date_received);
  set_text (self->date_row, date);
  select_code (self->source_row, self->sources, draft->source);
  select_id (self->theme_row, self->theme_ids, draft->theme_id);
  select_id (self->area_row, self->area_ids, draft->area_id);
  select_code (self->kind_row, self->kinds, draft->subject_kind);
  set_text (self->name_row, draft->subject_name);
  set_text (self->address_row, draft->address);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->summary_view),
                            draft->summary != NULL ? draft->summary : "", -1);
  set_text (self->mma_row, draft->mma_number);
  set_text (self->police_row, draft->police_number);
  set_text (self->riec_row, draft->riec_number);
  set_text (self->zaaknummer_row, draft->zaaknummer);
}

/* The answer to a refused save: the editor goes on with the case as read now, either
 * showing it (their version; the user's edit is dropped) or saving the form over it. */
static void
answer_conflict (GtkWindow *form,
                 gpointer   current,
                 gboolean   overwrite)
{
  OndCaseEditor *self = OND_CASE_EDITOR (form);

  g_set_object (&self->kase, current);
  if (overwrite)
    {
      save (self);
      return;
    }
  g_clear_pointer (&self->sources, g_ptr_array_unref);
  g_clear_pointer (&self->kinds, g_ptr_array_unref);
  clear_errors (self);
  fill_form (self);
}

/* Someone else changed the case after the form was opened: read it again and show what
 * changed, to let the user choose. */
static void
show_conflict (OndCaseEditor      *self,
               const OndCaseDraft *mine)
{
  const OndConflictTexts texts = {
    _("Someone Else Changed This Case"),
    _("The case was changed after you opened it, so your changes have not been saved. "
      "This is what changed:"),
    _("The case was changed after you opened it, but not in the fields of this form. "
      "Your changes have not been saved."),
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(OndCase) current = NULL;
  g_autoptr(GPtrArray) changes = NULL;

  current = ond_store_get_case (self->store, ond_case_get_id (self->kase), &error);
  if (current != NULL)
    changes = ond_store_compare_case_edit (self->store, self->kase, mine, current, &error);
  if (changes == NULL)
    {
      show_field_error (self, N_FIELDS, error->message);
      return;
    }
  ond_conflict_dialog_ask (GTK_WINDOW (self), &texts, changes, g_steal_pointer (&current),
                           g_object_unref, answer_conflict);
}

static void
ond_case_editor_constructed (GObject *object)
{
  OndCaseEditor *self = OND_CASE_EDITOR (object);

  G_OBJECT_CLASS (ond_case_editor_parent_class)->constructed (object);

  fill_form (self);
}

static void
ond_case_editor_dispose (GObject *object)
{
  OndCaseEditor *self = OND_CASE_EDITOR (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), OND_TYPE_CASE_EDITOR);

  G_OBJECT_CLASS (ond_case_editor_parent_class)->dispose (object);
}

static void
ond_case_editor_finalize (GObject *object)
{
  OndCaseEditor *self = OND_CASE_EDITOR (object);

  g_clear_pointer (&self->theme_ids, g_array_unref);
  g_clear_pointer (&self->area_ids, g_array_unref);
  g_clear_pointer (&self->sources, g_ptr_array_unref);
  g_clear_pointer (&self->kinds, g_ptr_array_unref);
  g_clear_object (&self->kase);
  g_clear_object (&self->plan);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (ond_case_editor_parent_class)->finalize (object);
}

static void
ond_case_editor_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  OndCaseEditor *self = OND_CASE_EDITOR (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    case PROP_PLAN:
      g_value_set_object (value, self->plan);
      break;

    case PROP_CASE:
      g_value_set_object (value, self->kase);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ond_case_editor_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  OndCaseEditor *self = OND_CASE_EDITOR (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;

    case PROP_PLAN:
      self->plan = g_value_dup_object (value);
      break;

    case PROP_CASE:
      self->kase = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ond_case_editor_class_init (OndCaseEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = ond_case_editor_constructed;
  object_class->dispose = ond_case_editor_dispose;
  object_class->finalize = ond_case_editor_finalize;
  object_class->get_property = ond_case_editor_get_property;
  object_class->set_property = ond_case_editor_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         OND_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PLAN] =
    g_param_spec_object ("plan", NULL, NULL,
                         OND_TYPE_PLAN,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CASE] =
    g_param_spec_object ("case", NULL, NULL,
                         OND_TYPE_CASE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * OndCaseEditor::saved:
   * @self: the editor
   * @case_id: the id of the case registered or changed
   * @reference: its reference, e.g. "2026-0001"
   *
   * The store accepted the form; the window closes right after.
   */
  signals[SAVED] =
    g_signal_new ("saved",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 2, G_TYPE_INT64, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/ond-case-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, OndCaseEditor, window_title);
  gtk_widget_class_bind_template_child (widget_class, OndCaseEditor, save_button);
  gtk_widget_class_bind_template_child (widget_class, OndCaseEditor, general_error_group);
  gtk_widget_class_bind_template_child (widget_class, OndCaseEditor, general_error_label);
  gtk_widget_class_bind_template_child (widget_class, OndCaseEditor, date_row);
  gtk_widget_class_bind_template_child (widget_class, OndCaseEditor, date_error);
  gtk_widget_class_bind_template_child (widget_class, OndCaseEditor, date_error_label);
  gtk_widget_class_bind_template_child (widget_class, OndCaseEditor, source_row);
  gtk_widget_class_bind_template_child (widget_class, OndCaseEditor, source_error);
  gtk_widget_class_bind_template_child (widget_class, OndCaseEditor, source_error_label);
  gtk_widget_class_bind_template_child (widget_class, OndCaseEditor, theme_row);
  gtk_widget_class_bind_template_child (widget_class, OndCaseEditor, theme_error);
  gtk_widget_class_bind_template_child (widget_class, OndCaseEditor, theme_error_label);
  gtk_widget_class_bind_template_child (widget_class, OndCaseEditor, area_row);
  gtk_widget_class_bind_template_child (widget_class, OndCaseEditor, area_error);
  gtk_widget_class_bind_template_child (widget_class, OndCaseEditor, area_error_label);
  gtk_widget_class_bind_template_child (widget_class, OndCaseEditor, kind_row);
  gtk_widget_class_bind_template_child (widget_class, OndCaseEditor, kind_error);
  gtk_widget_class_bind_template_child (widget_class, OndCaseEditor, kind_error_label);
  gtk_widget_class_bind_template_child (widget_class, OndCaseEditor, name_row);
  gtk_widget_class_bind_template_child (widget_class, OndCaseEditor, name_error);
  gtk_widget_class_bind_template_child (widget_class, OndCaseEditor, name_error_label);
  gtk_widget_class_bind_template_child (widget_class, OndCaseEditor, address_row);
  gtk_widget_class_bind_template_child (widget_class, OndCaseEditor, summary_frame);
  gtk_widget_class_bind_template_child (widget_class, OndCaseEditor, summary_view);
  gtk_widget_class_bind_template_child (widget_class, OndCaseEditor, summary_error_label);
  gtk_widget_class_bind_template_child (widget_class, OndCaseEditor, mma_row);
  gtk_widget_class_bind_template_child (widget_class, OndCaseEditor, police_row);
  gtk_widget_class_bind_template_child (widget_class, OndCaseEditor, riec_row);
  gtk_widget_class_bind_template_child (widget_class, OndCaseEditor, zaaknummer_row);
  gtk_widget_class_bind_template_callback (widget_class, on_save_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_new_area_clicked_cb);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
set_field (OndCaseEditor *self,
           guint          code,
           gpointer       field,
           gpointer       message_row,
           GtkLabel      *message)
{
  self->fields[code] = (Field) { GTK_WIDGET (field), GTK_WIDGET (message_row), message };
}

static void
ond_case_editor_init (OndCaseEditor *self)
{
  self->theme_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->area_ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  gtk_widget_init_template (GTK_WIDGET (self));

  set_field (self, OND_CASE_DRAFT_ERROR_DATE, self->date_row, self->date_error,
             self->date_error_label);
  set_field (self, OND_CASE_DRAFT_ERROR_SOURCE, self->source_row, self->source_error,
             self->source_error_label);
  set_field (self, OND_CASE_DRAFT_ERROR_THEME, self->theme_row, self->theme_error,
             self->theme_error_label);
  set_field (self, OND_CASE_DRAFT_ERROR_AREA, self->area_row, self->area_error,
             self->area_error_label);
  set_field (self, OND_CASE_DRAFT_ERROR_SUBJECT_KIND, self->kind_row, self->kind_error,
             self->kind_error_label);
  set_field (self, OND_CASE_DRAFT_ERROR_SUBJECT_NAME, self->name_row, self->name_error,
             self->name_error_label);
  set_field (self, OND_CASE_DRAFT_ERROR_SUMMARY, self->summary_frame,
             self->summary_error_label, self->summary_error_label);
}

/**
 * ond_case_editor_new:
 * @parent: (nullable): the window the form belongs to
 * @store: the store to write to
 * @plan: (nullable): the plan whose themes are offered
 * @kase: (nullable): the case to change, or %NULL for a new signal
 *
 * Returns: (transfer full): a new intake form, not yet shown
 */
OndCaseEditor *
ond_case_editor_new (GtkWindow *parent,
                     OndStore  *store,
                     OndPlan   *plan,
                     OndCase   *kase)
{
  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (OND_IS_STORE (store), NULL);
  g_return_val_if_fail (plan == NULL || OND_IS_PLAN (plan), NULL);
  g_return_val_if_fail (kase == NULL || OND_IS_CASE (kase), NULL);

  return g_object_new (OND_TYPE_CASE_EDITOR,
                       "transient-for", parent,
                       "store", store,
                       "plan", plan,
                       "case", kase,
                       NULL);
}

/**
 * ond_case_editor_get_store:
 * @self: an #OndCaseEditor
 *
 * Returns: (transfer none): the store the form writes to
 */
OndStore *
ond_case_editor_get_store (OndCaseEditor *self)
{
  g_return_val_if_fail (OND_IS_CASE_EDITOR (self), NULL);

  return self->store;
}

/**
 * ond_case_editor_get_case:
 * @self: an #OndCaseEditor
 *
 * Returns: (transfer none) (nullable): the case changed, or %NULL for a new signal
 */
OndCase *
ond_case_editor_get_case (OndCaseEditor *self)
{
  g_return_val_if_fail (OND_IS_CASE_EDITOR (self), NULL);

  return self->kase;
}

/**
 * ond_case_editor_set_on_request:
 * @self: an #OndCaseEditor of an existing case
 * @on_request: whether the person concerned asked for the change
 *
 * Makes the form save a correction on request of the person concerned (AVG article 16):
 * the access log and the case's history say so (ond_store_correct_case_on_request ()).
 */
void
ond_case_editor_set_on_request (OndCaseEditor *self,
                                gboolean       on_request)
{
  g_return_if_fail (OND_IS_CASE_EDITOR (self));
  g_return_if_fail (self->kase != NULL || !on_request);

  self->on_request = on_request;
  if (on_request)
    {
      adw_window_title_set_title (self->window_title, _("Correct on Request"));
      gtk_window_set_title (GTK_WINDOW (self), _("Correct on Request"));
    }
}
