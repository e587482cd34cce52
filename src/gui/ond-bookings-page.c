/* ond-bookings-page.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The bookings of the Begroting. The list is an OndBookingList of the plan: a model over the
 * store that reads a page of rows at a time and searches, filters and sorts in SQL, so that
 * it stays smooth at 100,000 bookings. The columns (whose headers choose the SQL order), the
 * search and the filters are in ond-bookings-page-list.c; deleting, with its undo, is in
 * ond-bookings-page-delete.c. The page reads the store when it gets a store or a plan and,
 * while shown, whenever the store says it changed (once only after a change of its own,
 * which it has read at once to show the result); a change while it was hidden is read when
 * it is shown again. */

#define G_LOG_DOMAIN "ond-bookings-page"

#include "config.h"

#include <glib/gi18n.h>

#include "ond-booking-editor.h"
#include "ond-booking-import-dialog.h"
#include "ond-bookings-page-private.h"
#include "ond-list-export.h"
#include "ond-store-bookings.h"
#include "ond-table.h"

enum
{
  PROP_0,
  PROP_STORE,
  PROP_PLAN,
  N_PROPS,
};

G_DEFINE_FINAL_TYPE (OndBookingsPage, ond_bookings_page, ADW_TYPE_BIN)

static GParamSpec *properties[N_PROPS];

void
_ond_bookings_page_report_error (OndBookingsPage *self,
                                 const GError    *error)
{
  g_message ("Bookings: %s", error->message);
  if (!gtk_widget_activate_action (GTK_WIDGET (self), "win.show-error", "s", error->message))
    {
      g_autofree char *escaped = g_markup_escape_text (error->message, -1);

      _ond_bookings_page_add_toast (self, adw_toast_new (escaped));
    }
}

GtkWindow *
_ond_bookings_page_get_window (OndBookingsPage *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

OndBooking *
_ond_bookings_page_find_booking (OndBookingsPage *self,
                                 gint64           id)
{
  g_autoptr(GError) error = NULL;
  OndBooking *booking;

  if (self->bookings == NULL)
    return NULL;
  booking = ond_booking_list_lookup (self->bookings, id, &error);
  if (error != NULL)
    _ond_bookings_page_report_error (self, error);
  return booking;
}

gint64
_ond_bookings_page_detach_list (OndBookingsPage *self)
{
  OndBooking *booking = gtk_single_selection_get_selected_item (self->selection);
  gint64 id = booking != NULL ? ond_booking_get_id (booking) : 0;

  gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
  gtk_single_selection_set_model (self->selection, NULL);
  return id;
}

void
_ond_bookings_page_attach_list (OndBookingsPage *self,
                                gint64           selected)
{
  gtk_single_selection_set_model (self->selection, G_LIST_MODEL (self->bookings));
  _ond_bookings_page_select_booking (self, selected);
}

void
_ond_bookings_page_select_booking (OndBookingsPage *self,
                                   gint64           id)
{
  guint position;

  if (self->bookings == NULL || id == 0)
    return;
  position = ond_booking_list_find (self->bookings, id);
  if (position != GTK_INVALID_LIST_POSITION)
    gtk_single_selection_set_selected (self->selection, position);
}

static void
update_actions (OndBookingsPage *self)
{
  gboolean writable = self->store != NULL && !ond_store_is_read_only (self->store);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "bookings.add", writable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "bookings.edit", writable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "bookings.delete", writable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "bookings.delete-selected", writable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "bookings.import", writable);
}

/* Reading the store. */

/* Replaces the list with @bookings (transfer full; NULL for none), detached from the
 * selection (_ond_bookings_page_attach_list gives it to the view). */
static void
set_list (OndBookingsPage *self,
          OndBookingList  *bookings)
{
  gtk_single_selection_set_model (self->selection, NULL);
  if (self->bookings != NULL)
    g_signal_handlers_disconnect_by_func (self->bookings, _ond_bookings_page_update_state, self);
  g_clear_object (&self->bookings);
  self->bookings = bookings;
  if (bookings != NULL)
    g_signal_connect_object (bookings, "items-changed",
                             G_CALLBACK (_ond_bookings_page_update_state), self,
                             G_CONNECT_SWAPPED);
}

static gboolean
forget_fresh_cb (gpointer user_data)
{
  OndBookingsPage *self = user_data;

  self->fresh = FALSE;
  return G_SOURCE_REMOVE;
}

void
_ond_bookings_page_reload_own (OndBookingsPage *self)
{
  ond_bookings_page_reload (self);
  /* The store says it changed from an idle handler scheduled by the write; this one runs
   * after it. */
  self->fresh = TRUE;
  g_idle_add_full (G_PRIORITY_DEFAULT_IDLE + 10, forget_fresh_cb, g_object_ref (self),
                   g_object_unref);
}

static void
on_store_changed_cb (OndBookingsPage *self)
{
  if (self->fresh)
    {
      self->fresh = FALSE;
      return;
    }
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    ond_bookings_page_reload (self);
  else
    self->stale = TRUE;
}

static void
on_map_cb (GtkWidget *widget,
           gpointer   user_data)
{
  OndBookingsPage *self = OND_BOOKINGS_PAGE (widget);

  if (self->stale || self->bookings == NULL)
    ond_bookings_page_reload (self);
}

/* Adding, changing and importing. */

static void
on_booking_saved_cb (OndBookingsPage  *self,
                     gint64            id,
                     OndBookingEditor *editor)
{
  g_autoptr(OndBooking) booking = NULL;

  _ond_bookings_page_reload_own (self);
  booking = _ond_bookings_page_find_booking (self, id);
  if (booking == NULL)
    return;
  _ond_bookings_page_select_booking (self, id);
  /* Translators: %s is the booking's date, amount and cost line. */
  _ond_bookings_page_add_toast (self, _ond_bookings_page_new_toast (booking,
                                                                    _("Booking of %s saved")));
}

static void
open_editor (OndBookingsPage *self,
             OndBooking      *booking)
{
  OndBookingEditor *editor;

  if (self->store == NULL || ond_store_is_read_only (self->store))
    return;

  editor = ond_booking_editor_new (_ond_bookings_page_get_window (self), self->store,
                                   self->plan, booking);
  g_signal_connect_object (editor, "saved", G_CALLBACK (on_booking_saved_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (editor));
}

static void
add_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *param)
{
  open_editor (OND_BOOKINGS_PAGE (widget), NULL);
}

static void
edit_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  OndBookingsPage *self = OND_BOOKINGS_PAGE (widget);
  g_autoptr(OndBooking) booking = _ond_bookings_page_find_booking (self,
                                                                   g_variant_get_int64 (param));

  if (booking != NULL)
    open_editor (self, booking);
}

static void
on_row_activated_cb (OndBookingsPage *self,
                     guint            position,
                     GtkColumnView   *view)
{
  g_autoptr(OndBooking) booking = g_list_model_get_item (G_LIST_MODEL (self->selection),
                                                         position);

  if (booking != NULL)
    open_editor (self, booking);
}

static void
on_imported_cb (OndBookingsPage        *self,
                guint                   n_added,
                OndBookingImportDialog *dialog)
{
  g_autofree char *message = g_strdup_printf (ngettext ("%u booking imported",
                                                       "%u bookings imported", n_added),
                                              n_added);

  _ond_bookings_page_reload_own (self);
  _ond_bookings_page_add_toast (self, adw_toast_new (message));
}

static void
import_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  OndBookingsPage *self = OND_BOOKINGS_PAGE (widget);
  OndBookingImportDialog *dialog;

  if (self->store == NULL || ond_store_is_read_only (self->store))
    return;

  dialog = ond_booking_import_dialog_new (_ond_bookings_page_get_window (self), self->store,
                                          self->plan);
  g_signal_connect_object (dialog, "imported", G_CALLBACK (on_imported_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
  ond_booking_import_dialog_choose_file (dialog);
}

static void
export_list_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  ond_list_export_choose (OND_BOOKINGS_PAGE (widget)->column_view);
}

static void
search_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  ond_bookings_page_focus_search (OND_BOOKINGS_PAGE (widget));
}

/* The object. */

static void
ond_bookings_page_dispose (GObject *object)
{
  OndBookingsPage *self = OND_BOOKINGS_PAGE (object);

  _ond_bookings_page_forget_deleted (self);
  g_clear_object (&self->info_toast);

  gtk_widget_dispose_template (GTK_WIDGET (self), OND_TYPE_BOOKINGS_PAGE);
  if (self->bookings != NULL)
    g_signal_handlers_disconnect_by_func (self->bookings, _ond_bookings_page_update_state, self);
  g_clear_object (&self->bookings);

  G_OBJECT_CLASS (ond_bookings_page_parent_class)->dispose (object);
}

static void
ond_bookings_page_finalize (GObject *object)
{
  OndBookingsPage *self = OND_BOOKINGS_PAGE (object);

  g_clear_pointer (&self->kinds, g_ptr_array_unref);
  g_clear_pointer (&self->years, g_array_unref);
  g_clear_object (&self->plan);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (ond_bookings_page_parent_class)->finalize (object);
}

static void
ond_bookings_page_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  OndBookingsPage *self = OND_BOOKINGS_PAGE (object);

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
ond_bookings_page_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  OndBookingsPage *self = OND_BOOKINGS_PAGE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      ond_bookings_page_set_store (self, g_value_get_object (value));
      break;

    case PROP_PLAN:
      ond_bookings_page_set_plan (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ond_bookings_page_class_init (OndBookingsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ond_bookings_page_dispose;
  object_class->finalize = ond_bookings_page_finalize;
  object_class->get_property = ond_bookings_page_get_property;
  object_class->set_property = ond_bookings_page_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         OND_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PLAN] =
    g_param_spec_object ("plan", NULL, NULL,
                         OND_TYPE_PLAN,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/ond-bookings-page.ui");
  gtk_widget_class_bind_template_child (widget_class, OndBookingsPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, OndBookingsPage, kind_dropdown);
  gtk_widget_class_bind_template_child (widget_class, OndBookingsPage, year_dropdown);
  gtk_widget_class_bind_template_child (widget_class, OndBookingsPage, list_stack);
  gtk_widget_class_bind_template_child (widget_class, OndBookingsPage, column_view);
  gtk_widget_class_bind_template_child (widget_class, OndBookingsPage, selection);
  gtk_widget_class_bind_template_child (widget_class, OndBookingsPage, count_label);
  gtk_widget_class_bind_template_callback_full (widget_class, "on_search_changed_cb",
                                                G_CALLBACK (_ond_bookings_page_search_changed));
  gtk_widget_class_bind_template_callback_full (widget_class, "on_filter_changed_cb",
                                                G_CALLBACK (_ond_bookings_page_filter_changed));
  gtk_widget_class_bind_template_callback (widget_class, on_row_activated_cb);

  gtk_widget_class_install_action (widget_class, "bookings.add", NULL, add_action);
  gtk_widget_class_install_action (widget_class, "bookings.edit", "x", edit_action);
  gtk_widget_class_install_action (widget_class, "bookings.delete", "x",
                                   _ond_bookings_page_delete_action);
  gtk_widget_class_install_action (widget_class, "bookings.delete-selected", NULL,
                                   _ond_bookings_page_delete_selected_action);
  gtk_widget_class_install_action (widget_class, "bookings.import", NULL, import_action);
  gtk_widget_class_install_action (widget_class, "bookings.search", NULL, search_action);
  gtk_widget_class_install_action (widget_class, "bookings.export-list", NULL,
                                   export_list_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK,
                                       "bookings.export-list", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK,
                                       "bookings.search", NULL);
}

static void
ond_bookings_page_init (OndBookingsPage *self)
{
  self->years = g_array_new (FALSE, FALSE, sizeof (int));

  gtk_widget_init_template (GTK_WIDGET (self));

  _ond_bookings_page_add_columns (self);
  ond_list_export_setup (self->column_view, GTK_WIDGET (self), "bookings.export-list",
                         _("Bookings"), "boekingen", _ond_bookings_page_describe_list, self);
  g_signal_connect (self, "map", G_CALLBACK (on_map_cb), NULL);

  ond_table_add_delete_key (GTK_WIDGET (self), GTK_WIDGET (self->column_view),
                            "bookings.delete-selected");
  /* Typing in the list starts a search. */
  gtk_search_entry_set_key_capture_widget (self->search_entry, GTK_WIDGET (self->column_view));
  _ond_bookings_page_update_kinds (self);
  _ond_bookings_page_update_years (self);
  update_actions (self);
  _ond_bookings_page_update_state (self);
}

/**
 * ond_bookings_page_new:
 *
 * Returns: (transfer full): a new page, without a store
 */
GtkWidget *
ond_bookings_page_new (void)
{
  return g_object_new (OND_TYPE_BOOKINGS_PAGE, NULL);
}

/**
 * ond_bookings_page_get_store:
 * @self: an #OndBookingsPage
 *
 * Returns: (transfer none) (nullable): the store the page reads
 */
OndStore *
ond_bookings_page_get_store (OndBookingsPage *self)
{
  g_return_val_if_fail (OND_IS_BOOKINGS_PAGE (self), NULL);

  return self->store;
}

void
ond_bookings_page_set_store (OndBookingsPage *self,
                             OndStore        *store)
{
  g_return_if_fail (OND_IS_BOOKINGS_PAGE (self));
  g_return_if_fail (store == NULL || OND_IS_STORE (store));

  if (self->store == store)
    return;

  _ond_bookings_page_forget_deleted (self);
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_func (self->store, on_store_changed_cb, self);
  g_set_object (&self->store, store);
  if (store != NULL)
    g_signal_connect_object (store, "changed", G_CALLBACK (on_store_changed_cb), self,
                             G_CONNECT_SWAPPED);

  /* The list of the old store goes first: clearing the search then queries nothing. */
  set_list (self, NULL);
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  _ond_bookings_page_update_kinds (self);
  update_actions (self);
  ond_bookings_page_reload (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

/**
 * ond_bookings_page_get_plan:
 * @self: an #OndBookingsPage
 *
 * Returns: (transfer none) (nullable): the plan whose bookings are shown
 */
OndPlan *
ond_bookings_page_get_plan (OndBookingsPage *self)
{
  g_return_val_if_fail (OND_IS_BOOKINGS_PAGE (self), NULL);

  return self->plan;
}

void
ond_bookings_page_set_plan (OndBookingsPage *self,
                            OndPlan         *plan)
{
  g_return_if_fail (OND_IS_BOOKINGS_PAGE (self));
  g_return_if_fail (plan == NULL || OND_IS_PLAN (plan));

  if (!g_set_object (&self->plan, plan))
    return;

  ond_bookings_page_reload (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PLAN]);
}

/**
 * ond_bookings_page_get_bookings:
 * @self: an #OndBookingsPage
 *
 * Returns: (transfer none): the bookings shown, searched, filtered and sorted as on screen
 */
GListModel *
ond_bookings_page_get_bookings (OndBookingsPage *self)
{
  g_return_val_if_fail (OND_IS_BOOKINGS_PAGE (self), NULL);

  return G_LIST_MODEL (self->selection);
}

/**
 * ond_bookings_page_reload:
 * @self: an #OndBookingsPage
 *
 * Reads the bookings of the plan again from the store (after a change, or when the page is
 * shown), keeping the search, the filters and the sort.
 */
void
ond_bookings_page_reload (OndBookingsPage *self)
{
  gint64 selected;

  g_return_if_fail (OND_IS_BOOKINGS_PAGE (self));

  self->stale = FALSE;
  selected = _ond_bookings_page_detach_list (self);
  if (self->store == NULL || self->plan == NULL)
    set_list (self, NULL);
  else if (self->bookings != NULL &&
           ond_booking_list_get_plan_id (self->bookings) == ond_plan_get_id (self->plan))
    ond_booking_list_reload (self->bookings);
  else
    {
      /* A new store or plan: a new list, with the page's search, filters and sort. */
      set_list (self, ond_booking_list_new (self->store, ond_plan_get_id (self->plan)));
      _ond_bookings_page_apply_filters (self);
    }

  _ond_bookings_page_attach_list (self, selected);
  _ond_bookings_page_update_years (self);
  _ond_bookings_page_update_state (self);
}

/**
 * ond_bookings_page_focus_search:
 * @self: an #OndBookingsPage
 *
 * Moves the keyboard focus to the search entry.
 */
void
ond_bookings_page_focus_search (OndBookingsPage *self)
{
  g_return_if_fail (OND_IS_BOOKINGS_PAGE (self));

  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}
