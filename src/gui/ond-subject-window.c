/* ond-subject-window.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The window of a request of a person concerned. The core does every step and logs it
 * (ond-store-subject.h); this window asks, lists, confirms and says what happened. Each case
 * found is a row with a check box (chosen: exported or erased) that can also be selected
 * (the case that "Correct…" opens). */

#define G_LOG_DOMAIN "ond-subject-window"

#include "config.h"

#include <glib/gi18n.h>

#include "ond-case-editor.h"
#include "ond-date.h"
#include "ond-file-chooser.h"
#include "ond-store-cases.h"
#include "ond-store-subject.h"
#include "ond-subject-window.h"

struct _OndSubjectWindow
{
  AdwWindow         parent_instance;

  AdwToastOverlay  *toast_overlay;
  AdwEntryRow      *name_row;
  AdwEntryRow      *address_row;
  GtkLabel         *count_label;
  GtkButton        *search_button;
  GtkStack         *results_stack;
  AdwStatusPage    *read_only_page;
  GtkListBox       *results_list;
  GtkButton        *export_button;
  GtkButton        *correct_button;
  GtkButton        *erase_button;

  OndStore         *store;
  OndPlan          *plan;
  /* The rows of the cases found, in order (GtkListBoxRow with "match" and "check"). */
  GPtrArray        *rows;
};

enum
{
  PROP_0,
  PROP_STORE,
  PROP_PLAN,
  N_PROPS,
};

G_DEFINE_FINAL_TYPE (OndSubjectWindow, ond_subject_window, ADW_TYPE_WINDOW)

static GParamSpec *properties[N_PROPS];

static OndSubjectMatch *
row_match (GtkWidget *row)
{
  return g_object_get_data (G_OBJECT (row), "match");
}

static gboolean
row_chosen (GtkWidget *row)
{
  return gtk_check_button_get_active (g_object_get_data (G_OBJECT (row), "check"));
}

/* The ids of the chosen cases, in list order. */
static GArray *
chosen_ids (OndSubjectWindow *self)
{
  GArray *ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  for (guint i = 0; i < self->rows->len; i++)
    {
      GtkWidget *row = g_ptr_array_index (self->rows, i);

      if (row_chosen (row))
        {
          gint64 id = ond_subject_match_get_case_id (row_match (row));

          g_array_append_val (ids, id);
        }
    }
  return ids;
}

static GtkWidget *
selected_row (OndSubjectWindow *self)
{
  return GTK_WIDGET (gtk_list_box_get_selected_row (self->results_list));
}

static void
update_buttons (OndSubjectWindow *self)
{
  g_autoptr(GArray) ids = chosen_ids (self);
  GtkWidget *row = selected_row (self);
  gboolean writable = !ond_store_is_read_only (self->store);
  gboolean can_correct = writable && row != NULL && !ond_subject_match_get_hidden (row_match (row));

  gtk_widget_set_sensitive (GTK_WIDGET (self->search_button), writable);
  gtk_widget_set_sensitive (GTK_WIDGET (self->export_button), writable && ids->len > 0);
  gtk_widget_set_sensitive (GTK_WIDGET (self->erase_button), writable && ids->len > 0);
  gtk_widget_set_sensitive (GTK_WIDGET (self->correct_button), can_correct);
  if (row != NULL && ond_subject_match_get_hidden (row_match (row)))
    gtk_widget_set_tooltip_text (GTK_WIDGET (self->correct_button),
                                 _("A deleted case cannot be corrected: erase it, or bring it "
                                   "back first"));
  else
    gtk_widget_set_tooltip_text (GTK_WIDGET (self->correct_button),
                                 _("Correct the selected case on request of the person"));

  if (self->rows->len > 0)
    {
      g_autofree char *text = NULL;

      /* Translators: "7 cases found, 5 chosen". */
      text = g_strdup_printf (ngettext ("%u case found, %u chosen", "%u cases found, %u chosen",
                                        self->rows->len),
                              self->rows->len, ids->len);
      gtk_label_set_text (self->count_label, text);
    }
}

static void
show_message (OndSubjectWindow *self,
              const char       *heading,
              const char       *body)
{
  AdwMessageDialog *dialog;

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self), heading, body));
  adw_message_dialog_add_response (dialog, "close", _("_Close"));
  adw_message_dialog_set_default_response (dialog, "close");
  adw_message_dialog_set_close_response (dialog, "close");
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
show_toast (OndSubjectWindow *self,
            const char       *text)
{
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (text));
}

/* The subtitle of a row: status, date received, where the person was found. */
static char *
row_subtitle (OndSubjectMatch *match)
{
  g_autofree char *date = ond_date_format (ond_subject_match_get_date_received (match));
  g_autofree char *places = ond_subject_places_describe (ond_subject_match_get_places (match));

  /* Translators: status · date received · where the person was found. */
  return g_strdup_printf (_("%s · received %s · found in: %s"),
                          ond_subject_match_get_status_label (match), date, places);
}

static void
on_check_toggled_cb (OndSubjectWindow *self,
                     GtkCheckButton   *check)
{
  update_buttons (self);
}

static void
fill_row (GtkWidget       *row,
          OndSubjectMatch *match)
{
  g_autofree char *title = g_strdup_printf ("%s — %s", ond_subject_match_get_reference (match),
                                            ond_subject_match_get_subject_name (match));
  g_autofree char *subtitle = row_subtitle (match);

  g_object_set_data_full (G_OBJECT (row), "match", g_object_ref (match), g_object_unref);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
}

static GtkWidget *
make_row (OndSubjectWindow *self,
          OndSubjectMatch  *match)
{
  g_autofree char *choose = NULL;
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *check = gtk_check_button_new ();

  /* Names and summaries are plain text: an "&" must not empty the row. */
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 2);
  fill_row (row, match);

  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), TRUE);
  gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
  /* Translators: the check box of a case found, e.g. "Choose 2026-0001". */
  choose = g_strdup_printf (_("Choose %s"), ond_subject_match_get_reference (match));
  gtk_accessible_update_property (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_PROPERTY_LABEL, choose,
                                  -1);
  gtk_widget_set_tooltip_text (check, _("Include this case in the export or the erasure"));
  g_signal_connect_object (check, "toggled", G_CALLBACK (on_check_toggled_cb), self,
                           G_CONNECT_SWAPPED);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
  g_object_set_data (G_OBJECT (row), "check", check);

  if (ond_subject_match_get_hidden (match))
    {
      GtkWidget *tag = gtk_label_new (_("Deleted"));

      gtk_widget_set_tooltip_text (tag, _("Deleted, not yet removed for good: the case still "
                                          "holds the data"));
      gtk_widget_set_valign (tag, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (tag, "dim-label");
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), tag);
    }
  return row;
}

/* Takes @rows out of the list. They leave self->rows first: a selected row that goes makes
 * the list say its selection changed, and the buttons are updated from self->rows. */
static void
remove_rows (OndSubjectWindow *self,
             GPtrArray        *rows)
{
  for (guint i = 0; i < rows->len; i++)
    g_ptr_array_remove (self->rows, g_ptr_array_index (rows, i));
  for (guint i = 0; i < rows->len; i++)
    gtk_list_box_remove (self->results_list, g_ptr_array_index (rows, i));
}

static void
clear_rows (OndSubjectWindow *self)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_copy (self->rows, NULL, NULL);

  remove_rows (self, rows);
  gtk_label_set_text (self->count_label, "");
}

static void
show_matches (OndSubjectWindow *self,
              GListModel       *matches)
{
  guint n = g_list_model_get_n_items (matches);

  clear_rows (self);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(OndSubjectMatch) match = g_list_model_get_item (matches, i);
      GtkWidget *row = make_row (self, match);

      gtk_list_box_append (self->results_list, row);
      g_ptr_array_add (self->rows, row);
    }
  gtk_stack_set_visible_child_name (self->results_stack, n > 0 ? "results" : "empty");
  /* The first case that can be corrected is selected (a deleted one cannot). */
  for (guint i = 0; i < self->rows->len; i++)
    if (i + 1 == self->rows->len ||
        !ond_subject_match_get_hidden (row_match (g_ptr_array_index (self->rows, i))))
      {
        gtk_list_box_select_row (self->results_list, g_ptr_array_index (self->rows, i));
        break;
      }
  update_buttons (self);
}

static void
show_read_only (OndSubjectWindow *self,
                const char       *reason)
{
  clear_rows (self);
  adw_status_page_set_description (self->read_only_page, reason);
  gtk_stack_set_visible_child_name (self->results_stack, "read-only");
  update_buttons (self);
}

static void
search (OndSubjectWindow *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) matches = NULL;

  matches = ond_store_find_subject (self->store,
                                    gtk_editable_get_text (GTK_EDITABLE (self->name_row)),
                                    gtk_editable_get_text (GTK_EDITABLE (self->address_row)),
                                    &error);
  if (matches == NULL)
    {
      if (g_error_matches (error, OND_STORE_ERROR, OND_STORE_ERROR_READ_ONLY))
        show_read_only (self, error->message);
      else
        show_message (self, _("Search Refused"), error->message);
      return;
    }
  show_matches (self, matches);
}

/* The Search button, and Enter in the name or address. */
static void
on_search_clicked_cb (OndSubjectWindow *self,
                      GtkWidget        *widget)
{
  if (gtk_widget_is_sensitive (GTK_WIDGET (self->search_button)))
    search (self);
}

static void
on_selection_changed_cb (OndSubjectWindow *self,
                         GtkListBox       *list)
{
  update_buttons (self);
}

/* Exporting. */

/**
 * ond_subject_window_export:
 * @self: an #OndSubjectWindow
 * @path: the PDF file to write (replaced whole when it exists)
 *
 * Writes the inspection export of the chosen cases (ond_store_export_subject ()): a toast
 * says so, or a dialog shows the reason it failed (and nothing is written or logged).
 *
 * Returns: %TRUE when @path holds the export
 */
gboolean
ond_subject_window_export (OndSubjectWindow *self,
                           const char       *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) ids = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *name = NULL;
  g_autofree char *message = NULL;

  g_return_val_if_fail (OND_IS_SUBJECT_WINDOW (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  ids = chosen_ids (self);
  if (!ond_store_export_subject (self->store, (const gint64 *) ids->data, ids->len, path, now,
                                 &error))
    {
      show_message (self, _("Export Failed"), error->message);
      return FALSE;
    }
  name = g_filename_display_basename (path);
  /* Translators: %s is the name of the PDF file. */
  message = g_strdup_printf (_("Saved as “%s”"), name);
  show_toast (self, message);
  return TRUE;
}

static void
on_export_response_cb (GtkNativeDialog  *chooser,
                       int               response,
                       OndSubjectWindow *self)
{
  g_autofree char *path = ond_file_chooser_dup_save_path (chooser, response, ".pdf");

  if (path != NULL)
    ond_subject_window_export (self, path);

  gtk_native_dialog_destroy (chooser);
  g_object_unref (chooser);
  g_object_unref (self);
}

static void
on_export_clicked_cb (OndSubjectWindow *self,
                      GtkButton        *button)
{
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *name = NULL;
  GtkFileChooserNative *chooser;

  chooser = gtk_file_chooser_native_new (_("Export for Inspection"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_SAVE,
                                         _("_Save"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  gtk_file_filter_set_name (filter, _("PDF documents"));
  gtk_file_filter_add_suffix (filter, "pdf");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  /* Never the person's name: the file name shows in folders and recent files. The file
   * name is Dutch, like the document. */
  name = g_date_time_format (now, "inzageverzoek-%Y-%m-%d.pdf");
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  /* Both released in on_export_response_cb. */
  g_signal_connect (chooser, "response", G_CALLBACK (on_export_response_cb),
                    g_object_ref (self));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* Correcting. */

static void
on_case_corrected_cb (OndSubjectWindow *self,
                      gint64            case_id,
                      const char       *reference,
                      OndCaseEditor    *editor)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OndCase) kase = NULL;
  g_autofree char *message = NULL;

  /* The row shows the corrected name (read without a log entry: it was just shown). */
  kase = ond_store_get_case (self->store, case_id, &error);
  for (guint i = 0; kase != NULL && i < self->rows->len; i++)
    {
      GtkWidget *row = g_ptr_array_index (self->rows, i);
      OndSubjectMatch *old = row_match (row);
      g_autoptr(OndSubjectMatch) match = NULL;

      if (ond_subject_match_get_case_id (old) != case_id)
        continue;
      match = ond_subject_match_new (case_id, ond_case_get_reference (kase),
                                     ond_case_get_subject_name (kase),
                                     ond_case_get_address (kase),
                                     ond_case_get_status_label (kase),
                                     ond_case_get_date_received (kase), FALSE,
                                     ond_subject_match_get_places (old));
      fill_row (row, match);
    }
  /* Translators: %s is a case reference. */
  message = g_strdup_printf (_("Case %s corrected on request"), reference);
  show_toast (self, message);
}

static void
on_correct_clicked_cb (OndSubjectWindow *self,
                       GtkButton        *button)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OndCase) kase = NULL;
  GtkWidget *row = selected_row (self);
  OndCaseEditor *editor;

  if (row == NULL)
    return;
  /* Opening the case for the form is logged, as everywhere. */
  kase = ond_store_open_case (self->store, ond_subject_match_get_case_id (row_match (row)),
                              &error);
  if (kase == NULL)
    {
      show_message (self, _("Case Not Opened"), error->message);
      return;
    }
  editor = ond_case_editor_new (GTK_WINDOW (self), self->store, self->plan, kase);
  ond_case_editor_set_on_request (editor, TRUE);
  gtk_window_set_modal (GTK_WINDOW (editor), TRUE);
  g_signal_connect_object (editor, "saved", G_CALLBACK (on_case_corrected_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (editor));
}

/* Erasing. */

static void
erase_chosen (OndSubjectWindow *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) ids = chosen_ids (self);
  g_autoptr(GPtrArray) gone = g_ptr_array_new ();
  g_autofree char *message = NULL;

  if (!ond_store_erase_on_request (self->store, (const gint64 *) ids->data, ids->len, &error))
    {
      show_message (self, _("Erasure Failed"), error->message);
      return;
    }
  for (guint i = 0; i < self->rows->len; i++)
    if (row_chosen (g_ptr_array_index (self->rows, i)))
      g_ptr_array_add (gone, g_ptr_array_index (self->rows, i));
  remove_rows (self, gone);
  message = g_strdup_printf (ngettext ("%u case erased", "%u cases erased", ids->len),
                             ids->len);
  show_toast (self, message);
  if (self->rows->len == 0)
    {
      gtk_label_set_text (self->count_label, message);
      adw_status_page_set_title (ADW_STATUS_PAGE (gtk_stack_get_child_by_name (
                                   self->results_stack, "empty")),
                                 _("No Cases Left"));
      adw_status_page_set_description (ADW_STATUS_PAGE (gtk_stack_get_child_by_name (
                                         self->results_stack, "empty")),
                                       _("Every case found was erased. The deletion log "
                                         "keeps their references, without personal data."));
      gtk_stack_set_visible_child_name (self->results_stack, "empty");
    }
  else
    gtk_list_box_select_row (self->results_list, g_ptr_array_index (self->rows, 0));
  update_buttons (self);
}

static void
on_erase_response_cb (AdwMessageDialog *dialog,
                      const char       *response,
                      OndSubjectWindow *self)
{
  if (g_strcmp0 (response, "erase") == 0)
    erase_chosen (self);
}

static void
on_erase_clicked_cb (OndSubjectWindow *self,
                     GtkButton        *button)
{
  g_autoptr(GArray) ids = chosen_ids (self);
  g_autofree char *heading = NULL;
  AdwMessageDialog *dialog;

  if (ids->len == 0)
    return;
  heading = g_strdup_printf (ngettext ("Erase %u Case?", "Erase %u Cases?", ids->len), ids->len);
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (
    GTK_WINDOW (self), heading,
    ngettext ("The chosen case is removed for good, with its history and interventions, on "
              "request of the person concerned. This cannot be undone. The deletion log keeps "
              "its reference, without personal data.",
              "The chosen cases are removed for good, with their history and interventions, on "
              "request of the person concerned. This cannot be undone. The deletion log keeps "
              "their references, without personal data.",
              ids->len)));
  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), "erase", _("E_rase"), NULL);
  adw_message_dialog_set_response_appearance (dialog, "erase", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (dialog, "cancel");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_erase_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* The class. */

static void
ond_subject_window_constructed (GObject *object)
{
  OndSubjectWindow *self = OND_SUBJECT_WINDOW (object);

  G_OBJECT_CLASS (ond_subject_window_parent_class)->constructed (object);

  /* Every step is logged: a read-only file says so before anything is typed. */
  if (ond_store_is_read_only (self->store))
    show_read_only (self,
                    _("This file is opened read-only. A request of a person concerned must be "
                      "recorded in the access log, which cannot be written to this file: open "
                      "it with write access to handle the request."));
  update_buttons (self);
}

static void
ond_subject_window_dispose (GObject *object)
{
  OndSubjectWindow *self = OND_SUBJECT_WINDOW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), OND_TYPE_SUBJECT_WINDOW);

  G_OBJECT_CLASS (ond_subject_window_parent_class)->dispose (object);
}

static void
ond_subject_window_finalize (GObject *object)
{
  OndSubjectWindow *self = OND_SUBJECT_WINDOW (object);

  g_clear_pointer (&self->rows, g_ptr_array_unref);
  g_clear_object (&self->plan);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (ond_subject_window_parent_class)->finalize (object);
}

static void
ond_subject_window_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  OndSubjectWindow *self = OND_SUBJECT_WINDOW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    case PROP_PLAN:
      g_value_set_object (value, self->plan);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ond_subject_window_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  OndSubjectWindow *self = OND_SUBJECT_WINDOW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;

    case PROP_PLAN:
      self->plan = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ond_subject_window_class_init (OndSubjectWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = ond_subject_window_constructed;
  object_class->dispose = ond_subject_window_dispose;
  object_class->finalize = ond_subject_window_finalize;
  object_class->get_property = ond_subject_window_get_property;
  object_class->set_property = ond_subject_window_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         OND_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PLAN] =
    g_param_spec_object ("plan", NULL, NULL,
                         OND_TYPE_PLAN,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/ond-subject-window.ui");
  gtk_widget_class_bind_template_child (widget_class, OndSubjectWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, OndSubjectWindow, name_row);
  gtk_widget_class_bind_template_child (widget_class, OndSubjectWindow, address_row);
  gtk_widget_class_bind_template_child (widget_class, OndSubjectWindow, count_label);
  gtk_widget_class_bind_template_child (widget_class, OndSubjectWindow, search_button);
  gtk_widget_class_bind_template_child (widget_class, OndSubjectWindow, results_stack);
  gtk_widget_class_bind_template_child (widget_class, OndSubjectWindow, read_only_page);
  gtk_widget_class_bind_template_child (widget_class, OndSubjectWindow, results_list);
  gtk_widget_class_bind_template_child (widget_class, OndSubjectWindow, export_button);
  gtk_widget_class_bind_template_child (widget_class, OndSubjectWindow, correct_button);
  gtk_widget_class_bind_template_child (widget_class, OndSubjectWindow, erase_button);
  gtk_widget_class_bind_template_callback (widget_class, on_search_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_selection_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_export_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_correct_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_erase_clicked_cb);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
ond_subject_window_init (OndSubjectWindow *self)
{
  self->rows = g_ptr_array_new ();
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * ond_subject_window_new:
 * @parent: (nullable): the main window
 * @store: the store of the cases
 * @plan: (nullable): the plan whose themes the case form offers
 *
 * Returns: (transfer full): a new window for a request of a person concerned, not yet shown
 */
OndSubjectWindow *
ond_subject_window_new (GtkWindow *parent,
                        OndStore  *store,
                        OndPlan   *plan)
{
  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (OND_IS_STORE (store), NULL);
  g_return_val_if_fail (plan == NULL || OND_IS_PLAN (plan), NULL);

  return g_object_new (OND_TYPE_SUBJECT_WINDOW,
                       "transient-for", parent,
                       "store", store,
                       "plan", plan,
                       NULL);
}
