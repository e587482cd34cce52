/* ond-table.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* What the lists of records share. A cell shows one property of the record, formatted by
 * the column's format (a date as dd-mm-jjjj, a count or an amount right-aligned, a yes/no);
 * the column sorts by that property with a string or numeric sorter, and an exported list
 * (ond-list-export.c) has the property's values in it, a date as a date, an amount as an
 * amount. The last column holds a row's Edit and Delete buttons, named for screen readers
 * by the record they act on. */

#define G_LOG_DOMAIN "ond-table"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "ond-date.h"
#include "ond-list-export.h"
#include "ond-money.h"
#include "ond-table.h"
#include "ond-text.h"

typedef struct
{
  char           *property;
  OndTableFormat  format;
} CellSpec;

typedef struct
{
  char             *edit_action;
  char             *delete_action;
  OndTableIdFunc    id_func;
  OndTableNameFunc  name_func;
  gpointer          user_data;
} ActionsSpec;

/* Cells. */

static void
cell_spec_free (gpointer  data,
                GClosure *closure)
{
  CellSpec *spec = data;

  g_free (spec->property);
  g_free (spec);
}

static gboolean
is_numeric (OndTableFormat format)
{
  return format == OND_TABLE_COUNT || format == OND_TABLE_MONEY;
}

static void
setup_cell_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *list_item,
               gpointer                  user_data)
{
  OndTableFormat format = GPOINTER_TO_INT (user_data);
  gboolean text = format == OND_TABLE_TEXT;
  /* Text may take two lines ("Onvergunde seksbranche (regionaal)" in a narrow column), then
   * ends in an ellipsis with the whole in the tooltip; dates and numbers keep to one. */
  GtkWidget *label = g_object_new (GTK_TYPE_LABEL,
                                   "xalign", is_numeric (format) ? 1.0f : 0.0f,
                                   "ellipsize", PANGO_ELLIPSIZE_END,
                                   "single-line-mode", !text,
                                   "wrap", text,
                                   "wrap-mode", PANGO_WRAP_WORD_CHAR,
                                   "lines", text ? 2 : -1,
                                   "use-markup", FALSE,
                                   NULL);

  if (is_numeric (format))
    gtk_widget_add_css_class (label, "numeric");
  gtk_list_item_set_child (list_item, label);
}

static gint64
value_as_int64 (const GValue *value)
{
  g_auto(GValue) number = G_VALUE_INIT;

  g_value_init (&number, G_TYPE_INT64);
  if (!g_value_transform (value, &number))
    return 0;
  return g_value_get_int64 (&number);
}

static void
bind_cell_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *list_item,
              CellSpec                 *spec)
{
  GObject *record = gtk_list_item_get_item (list_item);
  GtkWidget *label = gtk_list_item_get_child (list_item);
  GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (record),
                                                    spec->property);
  g_auto(GValue) value = G_VALUE_INIT;
  g_autofree char *text = NULL;

  g_return_if_fail (pspec != NULL);

  g_value_init (&value, pspec->value_type);
  g_object_get_property (record, spec->property, &value);
  switch (spec->format)
    {
    case OND_TABLE_DATE:
      text = ond_date_format (g_value_get_string (&value));
      break;

    case OND_TABLE_COUNT:
      text = g_strdup_printf ("%" G_GINT64_FORMAT, value_as_int64 (&value));
      break;

    case OND_TABLE_MONEY:
      text = ond_money_format (value_as_int64 (&value));
      break;

    case OND_TABLE_YES_NO:
      text = g_strdup (g_value_get_boolean (&value) ? _("Yes") : _("No"));
      break;

    case OND_TABLE_AUTO:
    case OND_TABLE_TEXT:
    default:
      text = g_value_dup_string (&value);
      break;
    }

  gtk_label_set_label (GTK_LABEL (label), text != NULL ? text : "");
  gtk_widget_set_tooltip_text (label, text != NULL && text[0] != '\0' ? text : NULL);
}

static OndTableFormat
format_of (GParamSpec *pspec)
{
  if (pspec->value_type == G_TYPE_BOOLEAN)
    return OND_TABLE_YES_NO;
  if (pspec->value_type == G_TYPE_STRING)
    return g_str_equal (pspec->name, "date") ? OND_TABLE_DATE : OND_TABLE_TEXT;
  return OND_TABLE_COUNT;
}

/* How a column of @format is exported (ond-list-export.c). */
static OndXlsxKind
export_kind (OndTableFormat format)
{
  switch (format)
    {
    case OND_TABLE_DATE:
      return OND_XLSX_DATE;
    case OND_TABLE_COUNT:
      return OND_XLSX_COUNT;
    case OND_TABLE_MONEY:
      return OND_XLSX_MONEY;
    case OND_TABLE_YES_NO:
      return OND_XLSX_YES_NO;
    case OND_TABLE_AUTO:
    case OND_TABLE_TEXT:
    default:
      return OND_XLSX_TEXT;
    }
}

/**
 * ond_table_add_column:
 * @view: a list of records
 * @type: the type of the records
 * @property: the property of the records the column shows and sorts by
 * @title: the column's title
 * @width: its width in pixels, or %OND_TABLE_EXPAND
 * @format: how the cells show the property
 *
 * Adds a column showing @property of the records, sorted by it (text ignoring case, numbers
 * as numbers), and exported as it (ond_list_export_column_property ()). A text column
 * (@width %OND_TABLE_EXPAND) shares the room left by the fixed ones, so that the buttons of
 * the row stay in sight in a narrow window; its cells are shortened with an ellipsis and
 * show all in their tooltip.
 *
 * Returns: (transfer none): the column
 */
GtkColumnViewColumn *
ond_table_add_column (GtkColumnView  *view,
                      GType           type,
                      const char     *property,
                      const char     *title,
                      int             width,
                      OndTableFormat  format)
{
  g_autoptr(GTypeClass) klass = g_type_class_ref (type);
  GParamSpec *pspec = g_object_class_find_property (G_OBJECT_CLASS (klass), property);
  g_autoptr(GtkListItemFactory) factory = NULL;
  g_autoptr(GtkColumnViewColumn) column = NULL;
  GtkExpression *expression;
  GtkSorter *sorter;
  CellSpec *spec;

  g_return_val_if_fail (GTK_IS_COLUMN_VIEW (view), NULL);
  g_return_val_if_fail (pspec != NULL, NULL);

  spec = g_new0 (CellSpec, 1);
  spec->property = g_strdup (property);
  spec->format = format == OND_TABLE_AUTO ? format_of (pspec) : format;

  factory = gtk_signal_list_item_factory_new ();
  g_signal_connect (factory, "setup", G_CALLBACK (setup_cell_cb), GINT_TO_POINTER (spec->format));
  expression = gtk_property_expression_new (type, NULL, property);
  if (pspec->value_type == G_TYPE_STRING)
    sorter = GTK_SORTER (gtk_string_sorter_new (expression));
  else
    sorter = GTK_SORTER (gtk_numeric_sorter_new (expression));
  g_signal_connect_data (factory, "bind", G_CALLBACK (bind_cell_cb), spec, cell_spec_free, 0);

  column = gtk_column_view_column_new (title, g_object_ref (factory));
  gtk_column_view_column_set_sorter (column, sorter);
  g_object_unref (sorter);
  ond_list_export_column_property (column, export_kind (spec->format), property);
  gtk_column_view_column_set_resizable (column, TRUE);
  if (width == OND_TABLE_EXPAND)
    gtk_column_view_column_set_expand (column, TRUE);
  else
    gtk_column_view_column_set_fixed_width (column, width);
  gtk_column_view_append_column (view, column);

  return column;
}

/* The Edit and Delete buttons of a row. */

static void
actions_spec_free (gpointer  data,
                   GClosure *closure)
{
  ActionsSpec *spec = data;

  g_free (spec->edit_action);
  g_free (spec->delete_action);
  g_free (spec);
}

static GtkWidget *
new_row_button (const char *icon_name,
                const char *action_name,
                const char *tooltip)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon_name);

  /* The target first: the record's id once bound (an action with a parameter and no
   * target would be refused). */
  gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "x", (gint64) 0);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action_name);
  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_widget_add_css_class (button, "flat");
  return button;
}

static void
setup_actions_cb (GtkSignalListItemFactory *factory,
                  GtkListItem              *list_item,
                  ActionsSpec              *spec)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);

  gtk_box_append (GTK_BOX (box),
                  new_row_button ("document-edit-symbolic", spec->edit_action, _("Edit")));
  gtk_box_append (GTK_BOX (box),
                  new_row_button ("user-trash-symbolic", spec->delete_action, _("Delete")));
  gtk_widget_set_halign (box, GTK_ALIGN_END);
  gtk_list_item_set_child (list_item, box);
}

static void
bind_actions_cb (GtkSignalListItemFactory *factory,
                 GtkListItem              *list_item,
                 ActionsSpec              *spec)
{
  gpointer record = gtk_list_item_get_item (list_item);
  GtkWidget *box = gtk_list_item_get_child (list_item);
  GtkWidget *edit = gtk_widget_get_first_child (box);
  GtkWidget *delete = gtk_widget_get_next_sibling (edit);
  gint64 id = spec->id_func (record);
  g_autofree char *edit_name = spec->name_func (record, FALSE, spec->user_data);
  g_autofree char *delete_name = spec->name_func (record, TRUE, spec->user_data);

  gtk_actionable_set_action_target (GTK_ACTIONABLE (edit), "x", id);
  gtk_actionable_set_action_target (GTK_ACTIONABLE (delete), "x", id);
  gtk_accessible_update_property (GTK_ACCESSIBLE (edit),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, edit_name, -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (delete),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, delete_name, -1);
}

/**
 * ond_table_add_actions_column:
 * @view: a list of records
 * @edit_action: the action of the Edit buttons, e.g. "register.edit"
 * @delete_action: the action of the Delete buttons
 * @id_func: gives the id of a record
 * @name_func: gives the accessible names of a record's buttons
 * @user_data: for @name_func
 *
 * Adds the column of each row's Edit and Delete buttons (icons, with tooltips "Edit" and
 * "Delete"), which activate their actions with the record's id.
 *
 * Returns: (transfer none): the column
 */
GtkColumnViewColumn *
ond_table_add_actions_column (GtkColumnView    *view,
                              const char       *edit_action,
                              const char       *delete_action,
                              OndTableIdFunc    id_func,
                              OndTableNameFunc  name_func,
                              gpointer          user_data)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
  g_autoptr(GtkColumnViewColumn) column = NULL;
  ActionsSpec *spec;

  g_return_val_if_fail (GTK_IS_COLUMN_VIEW (view), NULL);
  g_return_val_if_fail (id_func != NULL && name_func != NULL, NULL);

  spec = g_new0 (ActionsSpec, 1);
  spec->edit_action = g_strdup (edit_action);
  spec->delete_action = g_strdup (delete_action);
  spec->id_func = id_func;
  spec->name_func = name_func;
  spec->user_data = user_data;

  g_signal_connect (factory, "setup", G_CALLBACK (setup_actions_cb), spec);
  g_signal_connect_data (factory, "bind", G_CALLBACK (bind_actions_cb), spec,
                         actions_spec_free, 0);
  column = gtk_column_view_column_new (NULL, g_object_ref (factory));
  gtk_column_view_column_set_fixed_width (column, 96);
  gtk_column_view_append_column (view, column);

  return column;
}

/* The Delete key. */

static gboolean
on_delete_key_cb (GtkWidget *widget,
                  GVariant  *args,
                  gpointer   user_data)
{
  GtkWidget *list = g_object_get_data (G_OBJECT (widget), "ond-table-delete-list");
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;

  if (list == NULL || focus == NULL || (focus != list && !gtk_widget_is_ancestor (focus, list)))
    return FALSE;

  gtk_widget_activate_action (widget, user_data, NULL);
  return TRUE;
}

/**
 * ond_table_add_delete_key:
 * @widget: the widget that has the action
 * @list: the list (a descendant of @widget)
 * @action_name: the action that deletes the selected record (after asking), without
 *   parameter
 *
 * Makes Delete and the keypad's Delete, pressed while the keyboard is in @list, activate
 * @action_name.
 */
void
ond_table_add_delete_key (GtkWidget  *widget,
                          GtkWidget  *list,
                          const char *action_name)
{
  GtkEventController *keys = gtk_shortcut_controller_new ();
  GtkShortcutTrigger *trigger;
  GtkShortcut *shortcut;

  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_return_if_fail (GTK_IS_WIDGET (list));

  /* The list is a child of @widget: no reference, it lives as long. */
  g_object_set_data (G_OBJECT (widget), "ond-table-delete-list", list);
  trigger = gtk_alternative_trigger_new (gtk_keyval_trigger_new (GDK_KEY_Delete, 0),
                                         gtk_keyval_trigger_new (GDK_KEY_KP_Delete, 0));
  shortcut = gtk_shortcut_new (trigger,
                               gtk_callback_action_new (on_delete_key_cb,
                                                        g_strdup (action_name), g_free));
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (keys), shortcut);
  gtk_widget_add_controller (widget, keys);
}

/* Searching. */

/**
 * ond_table_search_words:
 * @text: (nullable): the text of a search entry
 *
 * Returns: (transfer full) (nullable): its words, folded as ond_text_fold () folds the
 *   records' search text, or %NULL when it has none
 */
GStrv
ond_table_search_words (const char *text)
{
  g_autofree char *folded = ond_text_fold (text);
  g_auto(GStrv) words = g_strsplit (g_strstrip (folded), " ", -1);

  if (words[0] == NULL || words[0][0] == '\0')
    return NULL;
  return g_steal_pointer (&words);
}

/**
 * ond_table_search_matches:
 * @words: (nullable): the words of a search (ond_table_search_words ())
 * @folded: (nullable): a record's folded search text
 *
 * Returns: whether @folded holds every one of @words, anywhere; %TRUE when there are none
 */
gboolean
ond_table_search_matches (const char * const *words,
                          const char         *folded)
{
  if (words == NULL)
    return TRUE;

  for (guint i = 0; words[i] != NULL; i++)
    if (folded == NULL || strstr (folded, words[i]) == NULL)
      return FALSE;
  return TRUE;
}
