/* ond-explanation-dialog.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The form of an explanation for the council. It reads the subject's explanation from the
 * store when it opens: without one it is a new explanation, written with Add (Cancel
 * writes nothing); with one each change of the text is saved by itself (OndAutoSave) and
 * the form stays open. Deleting asks first, closes the form and shows a toast with Undo in
 * the window of the widget that opened it (its anchor), which puts the explanation back
 * (ond_store_restore_explanation).
 *
 * Each save is checked against the baseline: the explanation as the form read it (or none),
 * or as the form last saved it, with its row version (ond-store-migration-10.c). When someone
 * else changed, wrote or deleted it in between, nothing is written; for a change the conflict
 * dialog every edit form shares shows their text: the user goes back to the form, keeps their
 * version (the form shows it) or saves the form's text over it. */

#define G_LOG_DOMAIN "ond-explanation-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "ond-auto-save.h"
#include "ond-case-conflict-dialog.h"
#include "ond-date.h"
#include "ond-delete-undo.h"
#include "ond-explanation-dialog.h"
#include "ond-form-field.h"
#include "ond-plan-error.h"
#include "ond-store-case-conflict.h"

struct _OndExplanationDialog
{
  AdwWindow              parent_instance;

  AdwHeaderBar          *header_bar;
  AdwWindowTitle        *window_title;
  GtkButton             *cancel_button;
  GtkButton             *save_button;
  GtkLabel              *heading_label;
  GtkLabel              *written_label;
  AdwPreferencesGroup   *general_error_group;
  GtkLabel              *general_error_label;
  AdwPreferencesGroup   *group;
  AdwPreferencesGroup   *delete_group;
  GtkButton             *delete_button;

  OndFormField           text;
  GtkTextView           *text_view;
  OndAutoSave           *auto_save;

  OndStore              *store;
  GtkWidget             *anchor;     /* weak */
  gint64                 plan_id;
  OndExplanationSubject  subject;
  gint64                 subject_id;
  int                    year;
  gboolean               exists;
  OndExplanation        *baseline;   /* as read or last saved; NULL when there was none */
};

enum
{
  SAVED,
  N_SIGNALS,
};

G_DEFINE_FINAL_TYPE (OndExplanationDialog, ond_explanation_dialog, ADW_TYPE_WINDOW)

static guint signals[N_SIGNALS];

static void
show_general_error (OndExplanationDialog *self,
                    const char           *message)
{
  gtk_label_set_label (self->general_error_label, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->general_error_group), message != NULL);
}

/* "15-06-2025 14:03" from the store's local ISO time. */
static char *
format_at (const char *at)
{
  g_autofree char *day = NULL;
  g_autofree char *date = NULL;

  if (at == NULL || strlen (at) < 16)
    return g_strdup (at != NULL ? at : "");
  day = g_strndup (at, 10);
  date = ond_date_format (day);
  return g_strdup_printf ("%s %.5s", date != NULL ? date : day, at + 11);
}

/* Who wrote the explanation last and when; hidden for a new one. */
static void
show_written (OndExplanationDialog *self,
              const OndExplanation *explanation)
{
  g_autofree char *at = NULL;
  g_autofree char *text = NULL;

  gtk_widget_set_visible (GTK_WIDGET (self->written_label), explanation != NULL);
  if (explanation == NULL)
    return;
  at = format_at (explanation->at);
  /* Translators: who last wrote an explanation and when, e.g. "Last written by jan on
   * 15-06-2025 14:03". */
  text = g_strdup_printf (_("Last written by %s on %s"), explanation->who, at);
  gtk_label_set_label (self->written_label, text);
}

static void
show_refusal (OndExplanationDialog *self,
              const GError         *error)
{
  if (error->domain == OND_PLAN_ERROR && error->code == OND_PLAN_ERROR_TEXT)
    {
      if (self->auto_save != NULL)
        ond_form_field_show_message (&self->text, error->message);
      else
        {
          ond_form_field_show_error (&self->text, error->message);
          gtk_widget_grab_focus (GTK_WIDGET (self->text_view));
        }
    }
  else
    show_general_error (self, error->message);
}

static char *
dup_text (OndExplanationDialog *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->text_view);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

static gint64 write_form (gpointer form);

static void
set_text (OndExplanationDialog *self,
          const char           *text)
{
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->text_view),
                            text != NULL ? text : "", -1);
}

/* The answer to a refused save: the form goes on with the explanation as read now, either
 * showing it (their version) or saving the form over it. */
static void
answer_conflict (GtkWindow *form,
                 gpointer   data,
                 gboolean   overwrite)
{
  OndExplanationDialog *self = OND_EXPLANATION_DIALOG (form);
  const OndExplanation *current = data;

  if (self->exists && self->auto_save == NULL)
    return;
  g_clear_pointer (&self->baseline, ond_explanation_free);
  self->baseline = ond_explanation_copy (current);
  if (overwrite)
    {
      /* The form as it is, saved over the version just read; adding it closes the form. */
      if (self->auto_save != NULL)
        ond_auto_save_changed (self->auto_save, 0);
      else if (ond_form_save (GTK_WINDOW (self), write_form))
        gtk_window_destroy (GTK_WINDOW (self));
      return;
    }
  /* Their version: the form shows it; filling it in is no change of the user's, so nothing
   * watches the text meanwhile. */
  if (self->auto_save == NULL)
    set_text (self, current->text);
  else
    {
      g_clear_pointer (&self->auto_save, ond_auto_save_free);
      set_text (self, current->text);
      self->auto_save = ond_auto_save_new (GTK_WINDOW (self), write_form,
                                           gtk_text_view_get_buffer (self->text_view), NULL);
    }
  show_written (self, current);
  show_general_error (self, NULL);
}

/* Someone else changed or wrote the explanation after the form read it: read it again and
 * show what changed, to let the user choose. */
static void
show_conflict (OndExplanationDialog *self,
               const char           *text)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OndExplanation) current = NULL;
  g_autoptr(GPtrArray) changes = NULL;
  const OndConflictTexts texts = {
    _("Someone Else Changed This Explanation"),
    _("The explanation was changed after you opened it, so your last change has not been "
      "saved. This is what changed:"),
    _("The explanation was changed after you opened it, but not its text. Your last change "
      "has not been saved."),
  };

  if (!ond_store_get_explanation (self->store, self->plan_id, self->subject, self->subject_id,
                                  self->year, &current, &error))
    {
      show_general_error (self, error->message);
      return;
    }
  if (current == NULL)
    {
      show_general_error (self, _("The explanation does not exist (any more)."));
      return;
    }
  changes = ond_store_compare_explanation_edit (self->baseline, text, current);
  ond_conflict_dialog_ask (GTK_WINDOW (self), &texts, changes, g_steal_pointer (&current),
                           (GDestroyNotify) ond_explanation_free, answer_conflict);
}

/* Hands the text to the store, checked against the baseline. Returns the explanation's id,
 * or 0 when the store refused (then the form says why, or asks on a conflict). */
static gint64
write_form (gpointer form)
{
  OndExplanationDialog *self = form;
  g_autoptr(GError) error = NULL;
  g_autoptr(OndExplanation) explanation = NULL;
  g_autofree char *text = dup_text (self);
  gint64 version = self->baseline != NULL ? self->baseline->row_version : 0;
  gint64 id;

  ond_form_field_clear (&self->text);
  show_general_error (self, NULL);
  id = ond_store_save_explanation_edit (self->store, self->plan_id, self->subject,
                                        self->subject_id, self->year, &version, text, &error);
  if (id == 0)
    {
      g_message ("The explanation was not saved: %s", error->message);
      /* Not while the window goes: its dialog would have no form to go back to. */
      if (!g_error_matches (error, OND_STORE_ERROR, OND_STORE_ERROR_CONFLICT))
        show_refusal (self, error);
      else if (!gtk_widget_in_destruction (GTK_WIDGET (self)))
        show_conflict (self, text);
      return 0;
    }

  if (ond_store_get_explanation (self->store, self->plan_id, self->subject, self->subject_id,
                                 self->year, &explanation, NULL) && explanation != NULL)
    show_written (self, explanation);
  else
    {
      g_clear_pointer (&explanation, ond_explanation_free);
      explanation = g_new0 (OndExplanation, 1);
    }
  /* What this form saved, with the version its save gave: the next save is checked against
   * it. */
  g_free (explanation->text);
  explanation->text = g_strstrip (g_strdup (text));
  explanation->id = id;
  explanation->row_version = version;
  g_clear_pointer (&self->baseline, ond_explanation_free);
  self->baseline = g_steal_pointer (&explanation);
  return id;
}

static void
on_save_clicked_cb (OndExplanationDialog *self,
                    GtkButton            *button)
{
  if (!self->exists && ond_form_save (GTK_WINDOW (self), write_form))
    gtk_window_destroy (GTK_WINDOW (self));
}

/* Undo. */

typedef struct
{
  OndStore       *store;
  OndExplanation *explanation;
  GtkWidget      *overlay;
} UndoData;

static void
undo_data_free (gpointer  data,
                GClosure *closure)
{
  UndoData *undo = data;

  g_clear_object (&undo->store);
  g_clear_pointer (&undo->explanation, ond_explanation_free);
  g_free (undo);
}

static void
on_undo_clicked_cb (AdwToast *toast,
                    UndoData *undo)
{
  g_autoptr(GError) error = NULL;

  if (undo->explanation == NULL)
    return;
  if (ond_store_restore_explanation (undo->store, undo->explanation, &error) == 0)
    {
      g_warning ("Could not restore the explanation: %s", error->message);
      gtk_widget_activate_action (undo->overlay, "win.show-error", "s", error->message);
    }
  g_clear_pointer (&undo->explanation, ond_explanation_free);
}

static void
offer_undo (OndExplanationDialog *self,
            OndExplanation       *deleted)
{
  GtkWidget *overlay = self->anchor != NULL
                       ? gtk_widget_get_ancestor (self->anchor, ADW_TYPE_TOAST_OVERLAY)
                       : NULL;
  AdwToast *toast;
  UndoData *undo;

  if (overlay == NULL)
    {
      ond_explanation_free (deleted);
      return;
    }
  undo = g_new0 (UndoData, 1);
  undo->store = g_object_ref (self->store);
  undo->explanation = deleted;
  undo->overlay = overlay;
  toast = adw_toast_new (_("Explanation deleted"));
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  g_signal_connect_data (toast, "button-clicked", G_CALLBACK (on_undo_clicked_cb), undo,
                         undo_data_free, 0);
  adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), toast);
}

/* Delete, confirmed: what still waits is saved first, so Undo brings back the text as it
 * was last written. */
static void
delete_explanation (gpointer owner,
                    gpointer item)
{
  OndExplanationDialog *self = owner;
  g_autoptr(GError) error = NULL;
  OndExplanation *explanation = NULL;

  if (self->auto_save != NULL)
    ond_auto_save_flush (self->auto_save);
  g_clear_pointer (&self->auto_save, ond_auto_save_free);

  if (!ond_store_get_explanation (self->store, self->plan_id, self->subject, self->subject_id,
                                  self->year, &explanation, &error) ||
      (explanation != NULL && !ond_store_delete_explanation (self->store, explanation->id,
                                                             &error)))
    {
      g_warning ("Could not delete the explanation: %s", error->message);
      g_clear_pointer (&explanation, ond_explanation_free);
      show_general_error (self, error->message);
      return;
    }

  if (explanation != NULL)
    offer_undo (self, explanation);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
on_delete_clicked_cb (OndExplanationDialog *self,
                      GtkButton            *button)
{
  ond_delete_confirm (GTK_WINDOW (self), _("Delete Explanation?"),
                      _("The council report will no longer show this explanation."),
                      self, self, delete_explanation);
}

/* The form. */

static void
add_text_field (OndExplanationDialog *self,
                const char           *text)
{
  const char *title = _("Explanation");
  GtkWidget *row = g_object_new (ADW_TYPE_PREFERENCES_ROW,
                                 "title", title,
                                 "activatable", FALSE,
                                 "focusable", FALSE,
                                 NULL);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *label = gtk_label_new (title);
  GtkWidget *view = g_object_new (GTK_TYPE_TEXT_VIEW,
                                  "wrap-mode", GTK_WRAP_WORD_CHAR,
                                  "accepts-tab", FALSE,
                                  "height-request", 200,
                                  "top-margin", 6,
                                  "bottom-margin", 6,
                                  "left-margin", 6,
                                  "right-margin", 6,
                                  NULL);

  gtk_widget_set_margin_top (box, 8);
  gtk_widget_set_margin_bottom (box, 12);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_label_set_xalign (GTK_LABEL (label), 0.0f);
  gtk_widget_add_css_class (label, "caption");
  gtk_widget_add_css_class (label, "dim-label");
  gtk_widget_add_css_class (view, "card");
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (view)),
                            text != NULL ? text : "", -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (view),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, title,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  gtk_label_get_label (self->heading_label),
                                  -1);
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), view);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  ond_form_field_add (self->group, row, &self->text);
  self->text_view = GTK_TEXT_VIEW (view);
}

static void
build_form (OndExplanationDialog *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OndExplanation) explanation = NULL;
  gboolean read = ond_store_get_explanation (self->store, self->plan_id, self->subject,
                                             self->subject_id, self->year, &explanation,
                                             &error);

  self->exists = explanation != NULL;
  if (explanation != NULL)
    self->baseline = ond_explanation_copy (explanation);
  ond_form_set_up_header (GTK_WINDOW (self), self->header_bar, self->window_title,
                          self->cancel_button, self->save_button,
                          self->exists ? _("Edit Explanation") : _("Write Explanation"),
                          self->exists);
  add_text_field (self, explanation != NULL ? explanation->text : NULL);
  show_written (self, explanation);
  gtk_widget_set_visible (GTK_WIDGET (self->delete_group), self->exists);

  if (!read || ond_store_is_read_only (self->store))
    {
      /* Nothing can be written: the form shows why and what there is. */
      show_general_error (self, error != NULL ? error->message
                                              : _("The database is open read-only."));
      gtk_text_view_set_editable (self->text_view, FALSE);
      gtk_widget_set_sensitive (GTK_WIDGET (self->save_button), FALSE);
      gtk_widget_set_sensitive (GTK_WIDGET (self->delete_button), FALSE);
      return;
    }
  if (self->exists)
    self->auto_save = ond_auto_save_new (GTK_WINDOW (self), write_form,
                                         gtk_text_view_get_buffer (self->text_view), NULL);
}

static void
ond_explanation_dialog_dispose (GObject *object)
{
  OndExplanationDialog *self = OND_EXPLANATION_DIALOG (object);

  /* What still waits is saved first, while the text is there to read. */
  g_clear_pointer (&self->auto_save, ond_auto_save_free);
  gtk_widget_dispose_template (GTK_WIDGET (object), OND_TYPE_EXPLANATION_DIALOG);

  G_OBJECT_CLASS (ond_explanation_dialog_parent_class)->dispose (object);
}

static void
ond_explanation_dialog_finalize (GObject *object)
{
  OndExplanationDialog *self = OND_EXPLANATION_DIALOG (object);

  g_clear_weak_pointer (&self->anchor);
  g_clear_pointer (&self->baseline, ond_explanation_free);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (ond_explanation_dialog_parent_class)->finalize (object);
}

static void
ond_explanation_dialog_class_init (OndExplanationDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ond_explanation_dialog_dispose;
  object_class->finalize = ond_explanation_dialog_finalize;

  /**
   * OndExplanationDialog::saved:
   * @self: the form
   * @id: the id of the explanation written
   *
   * The store took the text. A new explanation's window closes right after; an existing
   * one's stays open.
   */
  signals[SAVED] = g_signal_new ("saved",
                                 G_TYPE_FROM_CLASS (klass),
                                 G_SIGNAL_RUN_LAST,
                                 0, NULL, NULL, NULL,
                                 G_TYPE_NONE, 1, G_TYPE_INT64);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/ond-explanation-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, OndExplanationDialog, header_bar);
  gtk_widget_class_bind_template_child (widget_class, OndExplanationDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, OndExplanationDialog, cancel_button);
  gtk_widget_class_bind_template_child (widget_class, OndExplanationDialog, save_button);
  gtk_widget_class_bind_template_child (widget_class, OndExplanationDialog, heading_label);
  gtk_widget_class_bind_template_child (widget_class, OndExplanationDialog, written_label);
  gtk_widget_class_bind_template_child (widget_class, OndExplanationDialog,
                                        general_error_group);
  gtk_widget_class_bind_template_child (widget_class, OndExplanationDialog,
                                        general_error_label);
  gtk_widget_class_bind_template_child (widget_class, OndExplanationDialog, group);
  gtk_widget_class_bind_template_child (widget_class, OndExplanationDialog, delete_group);
  gtk_widget_class_bind_template_child (widget_class, OndExplanationDialog, delete_button);
  gtk_widget_class_bind_template_callback (widget_class, on_save_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_delete_clicked_cb);
}

static void
ond_explanation_dialog_init (OndExplanationDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * ond_explanation_dialog_new:
 * @anchor: the widget that opens the form: the form belongs to its window, and the Undo
 *   of a delete shows in the toast overlay around it
 * @store: the store to write to
 * @plan_id: the plan of the explanation
 * @subject: what it explains
 * @subject_id: the pillar, indicator or budget line (0 for a year)
 * @year: the year (0: a pillar's explanation for every year)
 * @heading: the subject as shown above the text ("Pijler 2: …")
 *
 * Returns: (transfer full): a new form, not yet shown
 */
OndExplanationDialog *
ond_explanation_dialog_new (GtkWidget             *anchor,
                            OndStore              *store,
                            gint64                 plan_id,
                            OndExplanationSubject  subject,
                            gint64                 subject_id,
                            int                    year,
                            const char            *heading)
{
  GtkRoot *root;
  OndExplanationDialog *self;

  g_return_val_if_fail (GTK_IS_WIDGET (anchor), NULL);
  g_return_val_if_fail (OND_IS_STORE (store), NULL);
  g_return_val_if_fail (heading != NULL, NULL);

  root = gtk_widget_get_root (anchor);
  self = g_object_new (OND_TYPE_EXPLANATION_DIALOG,
                       "transient-for", GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                       NULL);
  self->store = g_object_ref (store);
  g_set_weak_pointer (&self->anchor, anchor);
  self->plan_id = plan_id;
  self->subject = subject;
  self->subject_id = subject_id;
  self->year = year;
  gtk_label_set_label (self->heading_label, heading);
  build_form (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->text_view));
  return self;
}
