/* ond-register-page.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* One register of "Controles & maatregelen". The registers are small (tens of records a
 * year), so the list is the store's GListStore under a GtkFilterListModel (the search, on
 * each record's folded search text) and a GtkSortListModel (the column view's sorter; each
 * column sorts by the property it shows). The columns are made in ond-register-columns.c;
 * deleting, with its undo, is in ond-register-page-delete.c. Export… (Ctrl+E) writes the
 * records as listed to a workbook (ond-list-export.c). */

#define G_LOG_DOMAIN "ond-register-page"

#include "config.h"

#include <glib/gi18n.h>

#include "ond-delete-undo.h"
#include "ond-list-export.h"
#include "ond-register-columns.h"
#include "ond-register-editor.h"
#include "ond-register-page-private.h"
#include "ond-table.h"

enum
{
  PROP_0,
  PROP_KIND,
  PROP_STORE,
  PROP_PLAN,
  N_PROPS,
};

G_DEFINE_FINAL_TYPE (OndRegisterPage, ond_register_page, ADW_TYPE_BIN)

static GParamSpec *properties[N_PROPS];

/* The start of an exported register's file name, in the order of OndRegisterKind: Dutch,
 * like the names of the other exports. */
static const char * const export_file_names[] = {
  "controles", "bestuurlijke-maatregelen", "stopgesprekken", "activiteiten",
};

void
_ond_register_page_report_error (OndRegisterPage *self,
                                 const GError    *error)
{
  g_message ("Registers: %s", error->message);
  gtk_widget_activate_action (GTK_WIDGET (self), "win.show-error", "s", error->message);
}

/* Shows @toast (transfer full); a toast of ours still shown goes first. */
void
_ond_register_page_add_toast (OndRegisterPage *self,
                              AdwToast        *toast)
{
  ond_delete_undo_add_toast (GTK_WIDGET (self), &self->info_toast, self->undo_toast, toast);
}

AdwToast *
_ond_register_page_new_toast (GObject    *record,
                              const char *text)
{
  g_autofree char *message = ond_register_record_format (record, text);
  g_autofree char *escaped = g_markup_escape_text (message, -1);

  return adw_toast_new (escaped);
}

GtkWindow *
_ond_register_page_get_window (OndRegisterPage *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

GObject *
_ond_register_page_find_record (OndRegisterPage *self,
                                gint64           id)
{
  for (guint i = 0; self->records != NULL && i < g_list_model_get_n_items (self->records); i++)
    {
      g_autoptr(GObject) record = g_list_model_get_item (self->records, i);

      if (ond_register_record_get_id (record) == id)
        return g_steal_pointer (&record);
    }
  return NULL;
}

/* Searching and the empty states. */

static gboolean
match_record (gpointer item,
              gpointer user_data)
{
  OndRegisterPage *self = user_data;

  return ond_table_search_matches ((const char * const *) self->search_words,
                                   ond_register_record_get_search_text (G_OBJECT (item)));
}

static void
update_state (OndRegisterPage *self)
{
  guint total = self->records != NULL ? g_list_model_get_n_items (self->records) : 0;
  guint shown = g_list_model_get_n_items (G_LIST_MODEL (self->filter_model));

  if (total == 0)
    gtk_stack_set_visible_child_name (self->list_stack, "empty");
  else if (shown == 0)
    gtk_stack_set_visible_child_name (self->list_stack, "no-results");
  else
    gtk_stack_set_visible_child_name (self->list_stack, "list");
}

static void
on_search_changed_cb (OndRegisterPage *self,
                      GtkSearchEntry  *entry)
{
  g_strfreev (self->search_words);
  self->search_words = ond_table_search_words (gtk_editable_get_text (GTK_EDITABLE (entry)));
  gtk_filter_changed (GTK_FILTER (self->search_filter), GTK_FILTER_CHANGE_DIFFERENT);
  update_state (self);
}

void
_ond_register_page_select_record (OndRegisterPage *self,
                                  gint64           id)
{
  GListModel *shown = G_LIST_MODEL (self->selection);

  for (guint i = 0; i < g_list_model_get_n_items (shown); i++)
    {
      g_autoptr(GObject) record = g_list_model_get_item (shown, i);

      if (ond_register_record_get_id (record) == id)
        {
          gtk_single_selection_set_selected (self->selection, i);
          return;
        }
    }
}

static void
update_actions (OndRegisterPage *self)
{
  gboolean writable = self->store != NULL && !ond_store_is_read_only (self->store);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "register.add", writable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "register.edit", writable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "register.delete", writable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "register.delete-selected", writable);
}

/* Adding and changing. */

static void
on_record_saved_cb (OndRegisterPage   *self,
                    gint64             id,
                    OndRegisterEditor *editor)
{
  g_autoptr(GObject) record = NULL;

  ond_register_page_reload (self);
  record = _ond_register_page_find_record (self, id);
  if (record == NULL)
    return;
  _ond_register_page_select_record (self, id);
  _ond_register_page_add_toast (self,
                                _ond_register_page_new_toast (
                                  record, ond_register_kind_get_texts (self->kind)->saved));
}

static void
open_editor (OndRegisterPage *self,
             GObject         *record)
{
  OndRegisterEditor *editor;

  if (self->store == NULL || ond_store_is_read_only (self->store))
    return;

  editor = ond_register_editor_new (_ond_register_page_get_window (self), self->store,
                                    self->plan, self->kind, record);
  g_signal_connect_object (editor, "saved", G_CALLBACK (on_record_saved_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (editor));
}

static void
add_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *param)
{
  open_editor (OND_REGISTER_PAGE (widget), NULL);
}

static void
edit_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  OndRegisterPage *self = OND_REGISTER_PAGE (widget);
  g_autoptr(GObject) record = _ond_register_page_find_record (self, g_variant_get_int64 (param));

  if (record != NULL)
    open_editor (self, record);
}

static void
on_row_activated_cb (OndRegisterPage *self,
                     guint            position,
                     GtkColumnView   *view)
{
  g_autoptr(GObject) record = g_list_model_get_item (G_LIST_MODEL (self->selection), position);

  if (record != NULL)
    open_editor (self, record);
}

static void
on_map_cb (GtkWidget *widget,
           gpointer   user_data)
{
  ond_register_page_reload (OND_REGISTER_PAGE (widget));
}

/* Exporting the list as shown. */

static char *
describe_list (gpointer user_data)
{
  OndRegisterPage *self = user_data;
  g_autofree char *search = g_strstrip (g_strdup (gtk_editable_get_text (
                                          GTK_EDITABLE (self->search_entry))));

  if (search[0] == '\0')
    return NULL;
  /* Translators: below the title of an exported list: the words it was searched for. */
  return g_strdup_printf (_("Search: “%s”"), search);
}

static void
export_list_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  ond_list_export_choose (OND_REGISTER_PAGE (widget)->column_view);
}

/* Building the page for its register. */

static void
set_texts (OndRegisterPage *self)
{
  const OndRegisterTexts *texts = ond_register_kind_get_texts (self->kind);

  g_object_set (self->search_entry, "placeholder-text", _(texts->search_placeholder), NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->search_entry),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _(texts->search_name), -1);
  adw_button_content_set_label (self->add_content, _(texts->add_label));
  /* The buttons are named by their labels (without the underscore). */
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->add_button), _(texts->add_name));
  adw_button_content_set_label (self->empty_add_content, _(texts->add_label));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->column_view),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _(texts->list_name), -1);
  adw_status_page_set_icon_name (self->empty_page, texts->icon_name);
  adw_status_page_set_title (self->empty_page, _(texts->empty_title));
  adw_status_page_set_description (self->empty_page, _(texts->empty_description));
}

static void
ond_register_page_constructed (GObject *object)
{
  OndRegisterPage *self = OND_REGISTER_PAGE (object);

  G_OBJECT_CLASS (ond_register_page_parent_class)->constructed (object);

  self->date_column = ond_register_columns_add (self->column_view, self->kind);
  set_texts (self);
  ond_list_export_setup (self->column_view, GTK_WIDGET (self), "register.export-list",
                         _(ond_register_kind_get_texts (self->kind)->list_name),
                         export_file_names[self->kind], describe_list, self);

  /* The newest first, with the arrow in the header to say so. */
  gtk_column_view_sort_by_column (self->column_view, self->date_column, GTK_SORT_DESCENDING);
}

static void
ond_register_page_dispose (GObject *object)
{
  OndRegisterPage *self = OND_REGISTER_PAGE (object);

  _ond_register_page_forget_deleted (self);
  g_clear_object (&self->info_toast);

  gtk_widget_dispose_template (GTK_WIDGET (self), OND_TYPE_REGISTER_PAGE);
  g_clear_object (&self->records);

  G_OBJECT_CLASS (ond_register_page_parent_class)->dispose (object);
}

static void
ond_register_page_finalize (GObject *object)
{
  OndRegisterPage *self = OND_REGISTER_PAGE (object);

  g_clear_pointer (&self->search_words, g_strfreev);
  g_clear_object (&self->plan);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (ond_register_page_parent_class)->finalize (object);
}

static void
ond_register_page_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  OndRegisterPage *self = OND_REGISTER_PAGE (object);

  switch (prop_id)
    {
    case PROP_KIND:
      g_value_set_enum (value, self->kind);
      break;

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
ond_register_page_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  OndRegisterPage *self = OND_REGISTER_PAGE (object);

  switch (prop_id)
    {
    case PROP_KIND:
      self->kind = g_value_get_enum (value);
      break;

    case PROP_STORE:
      ond_register_page_set_store (self, g_value_get_object (value));
      break;

    case PROP_PLAN:
      ond_register_page_set_plan (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ond_register_page_class_init (OndRegisterPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = ond_register_page_constructed;
  object_class->dispose = ond_register_page_dispose;
  object_class->finalize = ond_register_page_finalize;
  object_class->get_property = ond_register_page_get_property;
  object_class->set_property = ond_register_page_set_property;

  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL,
                       OND_TYPE_REGISTER_KIND, OND_REGISTER_CONTROLS,
                       G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
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
                                               RESOURCE_BASE "/ui/ond-register-page.ui");
  gtk_widget_class_bind_template_child (widget_class, OndRegisterPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, OndRegisterPage, add_button);
  gtk_widget_class_bind_template_child (widget_class, OndRegisterPage, add_content);
  gtk_widget_class_bind_template_child (widget_class, OndRegisterPage, list_stack);
  gtk_widget_class_bind_template_child (widget_class, OndRegisterPage, column_view);
  gtk_widget_class_bind_template_child (widget_class, OndRegisterPage, selection);
  gtk_widget_class_bind_template_child (widget_class, OndRegisterPage, sort_model);
  gtk_widget_class_bind_template_child (widget_class, OndRegisterPage, filter_model);
  gtk_widget_class_bind_template_child (widget_class, OndRegisterPage, search_filter);
  gtk_widget_class_bind_template_child (widget_class, OndRegisterPage, empty_page);
  gtk_widget_class_bind_template_child (widget_class, OndRegisterPage, empty_add_content);
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_row_activated_cb);

  gtk_widget_class_install_action (widget_class, "register.add", NULL, add_action);
  gtk_widget_class_install_action (widget_class, "register.edit", "x", edit_action);
  gtk_widget_class_install_action (widget_class, "register.delete", "x",
                                   _ond_register_page_delete_action);
  gtk_widget_class_install_action (widget_class, "register.delete-selected", NULL,
                                   _ond_register_page_delete_selected_action);
  gtk_widget_class_install_action (widget_class, "register.export-list", NULL,
                                   export_list_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK,
                                       "register.export-list", NULL);
}

static void
ond_register_page_init (OndRegisterPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_custom_filter_set_filter_func (self->search_filter, match_record, self, NULL);
  gtk_sort_list_model_set_sorter (self->sort_model, gtk_column_view_get_sorter (self->column_view));
  g_signal_connect_object (self->filter_model, "items-changed",
                           G_CALLBACK (update_state), self, G_CONNECT_SWAPPED);
  /* Shown again: read afresh (a case may have been deleted, an area renamed). */
  g_signal_connect (self, "map", G_CALLBACK (on_map_cb), NULL);

  ond_table_add_delete_key (GTK_WIDGET (self), GTK_WIDGET (self->column_view),
                            "register.delete-selected");
  /* Typing in the list starts a search. */
  gtk_search_entry_set_key_capture_widget (self->search_entry, GTK_WIDGET (self->column_view));
  update_actions (self);
  update_state (self);
}

/**
 * ond_register_page_get_kind:
 * @self: an #OndRegisterPage
 *
 * Returns: the register the page shows
 */
OndRegisterKind
ond_register_page_get_kind (OndRegisterPage *self)
{
  g_return_val_if_fail (OND_IS_REGISTER_PAGE (self), OND_REGISTER_CONTROLS);

  return self->kind;
}

/**
 * ond_register_page_get_store:
 * @self: an #OndRegisterPage
 *
 * Returns: (transfer none) (nullable): the store the page reads
 */
OndStore *
ond_register_page_get_store (OndRegisterPage *self)
{
  g_return_val_if_fail (OND_IS_REGISTER_PAGE (self), NULL);

  return self->store;
}

/* Someone else's change (another window, or another user of a team server): the register
 * shown is read again. */
static void
on_store_changed_cb (OndRegisterPage *self)
{
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    ond_register_page_reload (self);
}

void
ond_register_page_set_store (OndRegisterPage *self,
                             OndStore        *store)
{
  g_return_if_fail (OND_IS_REGISTER_PAGE (self));
  g_return_if_fail (store == NULL || OND_IS_STORE (store));

  if (self->store == store)
    return;
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_func (self->store, on_store_changed_cb, self);
  g_set_object (&self->store, store);
  if (store != NULL)
    g_signal_connect_object (store, "changed", G_CALLBACK (on_store_changed_cb), self,
                             G_CONNECT_SWAPPED);

  g_clear_object (&self->deleted);
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  update_actions (self);
  ond_register_page_reload (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

/**
 * ond_register_page_get_plan:
 * @self: an #OndRegisterPage
 *
 * Returns: (transfer none) (nullable): the plan whose themes and planning the editor offers
 */
OndPlan *
ond_register_page_get_plan (OndRegisterPage *self)
{
  g_return_val_if_fail (OND_IS_REGISTER_PAGE (self), NULL);

  return self->plan;
}

void
ond_register_page_set_plan (OndRegisterPage *self,
                            OndPlan         *plan)
{
  g_return_if_fail (OND_IS_REGISTER_PAGE (self));
  g_return_if_fail (plan == NULL || OND_IS_PLAN (plan));

  if (g_set_object (&self->plan, plan))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PLAN]);
}

/**
 * ond_register_page_get_records:
 * @self: an #OndRegisterPage
 *
 * Returns: (transfer none): the records shown, searched and sorted as on screen
 */
GListModel *
ond_register_page_get_records (OndRegisterPage *self)
{
  g_return_val_if_fail (OND_IS_REGISTER_PAGE (self), NULL);

  return G_LIST_MODEL (self->selection);
}

/**
 * ond_register_page_reload:
 * @self: an #OndRegisterPage
 *
 * Reads the register again from the store (after a change, or when the page is shown),
 * keeping the search and the sort.
 */
void
ond_register_page_reload (OndRegisterPage *self)
{
  g_autoptr(GListModel) records = NULL;
  g_autoptr(GError) error = NULL;

  g_return_if_fail (OND_IS_REGISTER_PAGE (self));

  if (self->store != NULL)
    {
      records = ond_register_list (self->store, self->kind, &error);
      if (records == NULL)
        _ond_register_page_report_error (self, error);
    }

  g_set_object (&self->records, records);
  gtk_filter_list_model_set_model (self->filter_model, self->records);
  update_state (self);
}

/**
 * ond_register_page_focus_search:
 * @self: an #OndRegisterPage
 *
 * Moves the keyboard focus to the search entry, its text selected.
 */
void
ond_register_page_focus_search (OndRegisterPage *self)
{
  g_return_if_fail (OND_IS_REGISTER_PAGE (self));

  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}
