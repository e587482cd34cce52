/* ond-retention-window.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The retention periods window (ond-retention-window.h). The periods are read from and
 * written to the store (ond-store-retention.h); a change of a spin button is saved after
 * the same short pause as typed text in a form (OND_AUTO_SAVE_TYPING_DELAY), so that a few
 * clicks make one change in the access log, and what waits is saved when the window goes.
 * The list is the store's dry run as of today, read again whenever the store changes. The
 * removal takes the references listed, as the user saw them.
 *
 *   retention.remove   asks (AdwMessageDialog, destructive) and removes the cases listed
 */

#define G_LOG_DOMAIN "ond-retention-window"

#include "config.h"

#include <glib/gi18n.h>

#include "ond-auto-save.h"
#include "ond-date.h"
#include "ond-form-field.h"
#include "ond-retention-window.h"
#include "ond-store-retention.h"

struct _OndRetentionWindow
{
  AdwWindow         parent_instance;

  AdwToastOverlay  *toast_overlay;
  GtkWidget        *read_only_group;
  GtkSpinButton    *dropped_spin;
  GtkSpinButton    *closed_spin;
  AdwPreferencesGroup *due_group;
  GtkWidget        *remove_button;
  GtkLabel         *figures_label;
  GtkListBox       *due_list;
  GtkWidget        *empty_page;

  OndStore         *store;
  /* The cases listed (OndRetentionItem): what "Remove…" removes. */
  GListModel       *due;
  /* Set while the spin buttons are filled from the store. */
  gboolean          loading;
  /* The pause before a changed period is saved; 0 when none waits. */
  guint             save_source;
};

G_DEFINE_FINAL_TYPE (OndRetentionWindow, ond_retention_window, ADW_TYPE_WINDOW)

static void
show_toast (OndRetentionWindow *self,
            const char         *message)
{
  AdwToast *toast = adw_toast_new (message);

  adw_toast_set_timeout (toast, 5);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static void
show_error (OndRetentionWindow *self,
            const char         *heading,
            const char         *message)
{
  AdwMessageDialog *dialog;

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self), heading, message));
  adw_message_dialog_add_response (dialog, "close", _("_Close"));
  adw_message_dialog_set_default_response (dialog, "close");
  adw_message_dialog_set_close_response (dialog, "close");
  gtk_window_present (GTK_WINDOW (dialog));
}

/* "15-06-2025" for "2025-06-15". */
static char *
screen_date (const char *iso)
{
  char *date = ond_date_format (iso);

  return date != NULL ? date : g_strdup (iso);
}

static GtkWidget *
create_row_cb (gpointer item,
               gpointer user_data)
{
  OndRetentionItem *due = OND_RETENTION_ITEM (item);
  int years = ond_retention_item_get_years (due);
  g_autofree char *received = screen_date (ond_retention_item_get_date_received (due));
  g_autofree char *start = screen_date (ond_retention_item_get_start_date (due));
  g_autofree char *expiry = screen_date (ond_retention_item_get_expiry_date (due));
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;
  GtkWidget *row = adw_action_row_new ();

  /* Translators: a case due for removal: its reference and status, "2024-0001 · Afgevoerd". */
  title = g_strdup_printf (_("%s · %s"), ond_retention_item_get_reference (due),
                           ond_retention_item_get_status_label (due));
  if (ond_retention_item_get_rule (due) == OND_RETENTION_CLOSED)
    /* Translators: the dates of a closed case due for removal (dd-mm-jjjj) and its
     * retention period. */
    subtitle = g_strdup_printf (ngettext ("Received %s · closed %s · due %s (%d year)",
                                          "Received %s · closed %s · due %s (%d years)",
                                          years),
                                received, start, expiry, years);
  else
    /* Translators: the dates of a dropped signal due for removal (dd-mm-jjjj) and its
     * retention period. */
    subtitle = g_strdup_printf (ngettext ("Received %s · dropped %s · due %s (%d year)",
                                          "Received %s · dropped %s · due %s (%d years)",
                                          years),
                                received, start, expiry, years);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  return row;
}

static void
show_open_years (OndRetentionWindow *self,
                 GArray             *open_years)
{
  g_autoptr(GString) years = g_string_new (NULL);
  g_autofree char *text = NULL;

  if (open_years->len == 0)
    {
      gtk_widget_set_visible (GTK_WIDGET (self->figures_label), FALSE);
      return;
    }
  for (guint i = 0; i < open_years->len; i++)
    g_string_append_printf (years, "%s%d", i > 0 ? ", " : "",
                            g_array_index (open_years, int, i));
  /* Translators: %s is one reporting year or a list of them ("2024, 2025"). */
  text = g_strdup_printf (ngettext ("Removing these cases changes the counted figures of %s: "
                                    "that year is not closed. Closed years keep their "
                                    "figures.",
                                    "Removing these cases changes the counted figures of %s: "
                                    "those years are not closed. Closed years keep their "
                                    "figures.",
                                    open_years->len),
                          years->str);
  gtk_label_set_text (self->figures_label, text);
  gtk_widget_set_visible (GTK_WIDGET (self->figures_label), TRUE);
}

static void
update_enabled (OndRetentionWindow *self)
{
  gboolean writable = !ond_store_is_read_only (self->store);
  guint n = self->due != NULL ? g_list_model_get_n_items (self->due) : 0;

  gtk_widget_set_sensitive (GTK_WIDGET (self->dropped_spin), writable);
  gtk_widget_set_sensitive (GTK_WIDGET (self->closed_spin), writable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "retention.remove", writable && n > 0);
}

static void
load_periods (OndRetentionWindow *self)
{
  g_autoptr(GError) error = NULL;
  int dropped;
  int closed;

  if (!ond_store_get_retention_years (self->store, OND_RETENTION_DROPPED, &dropped, &error) ||
      !ond_store_get_retention_years (self->store, OND_RETENTION_CLOSED, &closed, &error))
    {
      show_toast (self, error->message);
      return;
    }
  self->loading = TRUE;
  gtk_spin_button_set_value (self->dropped_spin, dropped);
  gtk_spin_button_set_value (self->closed_spin, closed);
  self->loading = FALSE;
}

/* Reads the dry run as of today and shows it. */
static void
reload (OndRetentionWindow *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) today = g_date_time_new_now_local ();
  g_autoptr(GListModel) due = NULL;
  g_autoptr(GArray) open_years = NULL;
  g_autofree char *iso = g_date_time_format (today, "%Y-%m-%d");
  g_autofree char *date = screen_date (iso);
  g_autofree char *description = NULL;
  guint n;

  if (!ond_store_review_retention (self->store, today, &due, &open_years, &error))
    {
      g_warning ("Could not read the cases due for removal: %s", error->message);
      due = G_LIST_MODEL (g_list_store_new (OND_TYPE_RETENTION_ITEM));
      open_years = g_array_new (FALSE, FALSE, sizeof (int));
    }
  g_set_object (&self->due, due);
  gtk_list_box_bind_model (self->due_list, self->due, create_row_cb, NULL, NULL);

  n = g_list_model_get_n_items (due);
  if (n == 0)
    /* Translators: %s is today's date (dd-mm-jjjj). */
    description = g_strdup_printf (_("As of today, %s."), date);
  else
    /* Translators: %s is today's date (dd-mm-jjjj). */
    description = g_strdup_printf (ngettext ("As of today, %s: %u case whose retention period "
                                             "has ended.",
                                             "As of today, %s: %u cases whose retention period "
                                             "has ended.", n),
                                   date, n);
  adw_preferences_group_set_description (self->due_group, description);
  gtk_widget_set_visible (GTK_WIDGET (self->due_list), n > 0);
  gtk_widget_set_visible (self->empty_page, n == 0);
  show_open_years (self, open_years);
  update_enabled (self);
}

static void
on_store_changed_cb (OndRetentionWindow *self)
{
  if (self->save_source == 0)
    load_periods (self);
  reload (self);
}

/* The periods. */

static gboolean
save_period (OndRetentionWindow *self,
             OndRetentionRule    rule,
             GtkSpinButton      *spin)
{
  g_autoptr(GError) error = NULL;

  if (!ond_store_set_retention_years (self->store, rule, gtk_spin_button_get_value_as_int (spin),
                                      &error))
    {
      show_error (self, _("The Period Could Not Be Changed"), error->message);
      return FALSE;
    }
  return TRUE;
}

static void
save_periods (OndRetentionWindow *self)
{
  g_clear_handle_id (&self->save_source, g_source_remove);
  if (self->store == NULL || ond_store_is_read_only (self->store))
    return;
  if (!save_period (self, OND_RETENTION_DROPPED, self->dropped_spin) ||
      !save_period (self, OND_RETENTION_CLOSED, self->closed_spin))
    load_periods (self);
  reload (self);
}

static gboolean
save_periods_cb (gpointer user_data)
{
  OndRetentionWindow *self = user_data;

  self->save_source = 0;
  save_periods (self);
  return G_SOURCE_REMOVE;
}

static void
on_period_changed_cb (OndRetentionWindow *self)
{
  if (self->loading)
    return;
  g_clear_handle_id (&self->save_source, g_source_remove);
  self->save_source = g_timeout_add (OND_AUTO_SAVE_TYPING_DELAY, save_periods_cb, self);
}

/* Removal. */

static void
remove_listed (OndRetentionWindow *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) today = g_date_time_new_now_local ();
  g_autoptr(GPtrArray) references = g_ptr_array_new ();
  g_autoptr(GListModel) listed = g_object_ref (self->due);
  g_autoptr(GListModel) removed = NULL;
  g_auto(GStrv) not_due = NULL;
  g_autofree char *message = NULL;
  guint n_removed;
  guint n_stayed;

  for (guint i = 0; i < g_list_model_get_n_items (listed); i++)
    {
      g_autoptr(OndRetentionItem) item = g_list_model_get_item (listed, i);

      g_ptr_array_add (references, (gpointer) ond_retention_item_get_reference (item));
    }
  g_ptr_array_add (references, NULL);

  if (!ond_store_apply_retention (self->store, today, (const char * const *) references->pdata,
                                  &removed, &not_due, &error))
    {
      show_error (self, _("Nothing Was Removed"), error->message);
      return;
    }

  n_removed = g_list_model_get_n_items (removed);
  n_stayed = g_strv_length (not_due);
  if (n_stayed == 0)
    message = g_strdup_printf (ngettext ("%u case removed", "%u cases removed", n_removed),
                               n_removed);
  else
    /* Translators: the first %u is the number of cases removed; the second the number of
     * cases listed that were no longer due (their period had been changed meanwhile). */
    message = g_strdup_printf (ngettext ("%u case removed; %u was no longer due and stays",
                                         "%u case removed; %u were no longer due and stay",
                                         n_stayed),
                               n_removed, n_stayed);
  show_toast (self, message);
  reload (self);
}

static void
on_remove_response_cb (AdwMessageDialog   *dialog,
                       const char         *response,
                       OndRetentionWindow *self)
{
  if (g_strcmp0 (response, "remove") == 0)
    remove_listed (self);
}

static void
remove_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  OndRetentionWindow *self = OND_RETENTION_WINDOW (widget);
  g_autofree char *heading = NULL;
  AdwMessageDialog *dialog;
  guint n;

  /* A period changed a moment ago counts first. */
  if (self->save_source != 0)
    save_periods (self);
  n = self->due != NULL ? g_list_model_get_n_items (self->due) : 0;
  if (n == 0 || ond_store_is_read_only (self->store))
    return;

  heading = g_strdup_printf (ngettext ("Remove %u Case?", "Remove %u Cases?", n), n);
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (
    GTK_WINDOW (self), heading,
    ngettext ("The case listed is removed for good, with its history and interventions. "
              "This cannot be undone. The deletion log keeps its reference, status and "
              "dates.",
              "The cases listed are removed for good, with their history and interventions. "
              "This cannot be undone. The deletion log keeps their references, statuses and "
              "dates.", n)));
  adw_message_dialog_add_responses (dialog,
                                    "cancel", _("_Cancel"),
                                    "remove", _("_Remove"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "remove", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (dialog, "cancel");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_remove_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
ond_retention_window_dispose (GObject *object)
{
  OndRetentionWindow *self = OND_RETENTION_WINDOW (object);

  /* A period changed a moment before the window went is saved. */
  if (self->save_source != 0)
    {
      g_autoptr(GError) error = NULL;

      g_clear_handle_id (&self->save_source, g_source_remove);
      if (self->store != NULL &&
          (!ond_store_set_retention_years (self->store, OND_RETENTION_DROPPED,
                                           gtk_spin_button_get_value_as_int (self->dropped_spin),
                                           &error) ||
           !ond_store_set_retention_years (self->store, OND_RETENTION_CLOSED,
                                           gtk_spin_button_get_value_as_int (self->closed_spin),
                                           &error)))
        g_warning ("A retention period was not saved: %s", error->message);
    }
  gtk_widget_dispose_template (GTK_WIDGET (self), OND_TYPE_RETENTION_WINDOW);
  g_clear_object (&self->due);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (ond_retention_window_parent_class)->dispose (object);
}

static void
ond_retention_window_class_init (OndRetentionWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ond_retention_window_dispose;

  gtk_widget_class_set_template_from_resource (
    widget_class, "/com/dordrecht/Ondermijning/ui/ond-retention-window.ui");
  gtk_widget_class_bind_template_child (widget_class, OndRetentionWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, OndRetentionWindow, read_only_group);
  gtk_widget_class_bind_template_child (widget_class, OndRetentionWindow, dropped_spin);
  gtk_widget_class_bind_template_child (widget_class, OndRetentionWindow, closed_spin);
  gtk_widget_class_bind_template_child (widget_class, OndRetentionWindow, due_group);
  gtk_widget_class_bind_template_child (widget_class, OndRetentionWindow, remove_button);
  gtk_widget_class_bind_template_child (widget_class, OndRetentionWindow, figures_label);
  gtk_widget_class_bind_template_child (widget_class, OndRetentionWindow, due_list);
  gtk_widget_class_bind_template_child (widget_class, OndRetentionWindow, empty_page);
  gtk_widget_class_bind_template_callback (widget_class, on_period_changed_cb);
  gtk_widget_class_install_action (widget_class, "retention.remove", NULL, remove_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
ond_retention_window_init (OndRetentionWindow *self)
{
  g_autofree char *label = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));

  /* Named by its label without the mnemonic's underscore (ond-form-field.h). */
  label = g_strdup (gtk_button_get_label (GTK_BUTTON (self->remove_button)));
  ond_form_set_button_label (GTK_BUTTON (self->remove_button), label);
}

/**
 * ond_retention_window_new:
 * @parent: the main window (transient for it)
 * @store: the open store
 *
 * Returns: (transfer none): the window, not yet shown; it is destroyed when closed
 */
OndRetentionWindow *
ond_retention_window_new (GtkWindow *parent,
                          OndStore  *store)
{
  OndRetentionWindow *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (OND_IS_STORE (store), NULL);

  self = g_object_new (OND_TYPE_RETENTION_WINDOW,
                       "transient-for", parent,
                       "destroy-with-parent", TRUE,
                       NULL);
  self->store = g_object_ref (store);
  gtk_widget_set_visible (self->read_only_group, ond_store_is_read_only (store));
  load_periods (self);
  reload (self);
  g_signal_connect_object (store, "changed", G_CALLBACK (on_store_changed_cb), self,
                           G_CONNECT_SWAPPED);
  return self;
}
