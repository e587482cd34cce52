/* ond-register-columns.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The columns of a register's list. A cell shows one property of the record, formatted by
 * the property's type (a date as dd-mm-jjjj, a count right-aligned, a yes/no); the column
 * sorts by that property with a string or numeric sorter. */

#define G_LOG_DOMAIN "ond-register-columns"

#include "config.h"

#include <glib/gi18n.h>

#include "ond-date.h"
#include "ond-register-columns.h"

#define DATE_WIDTH 105
#define EXPAND     -1

typedef enum
{
  CELL_TEXT,
  CELL_DATE,
  CELL_NUMBER,
  CELL_YES_NO,
} CellFormat;

typedef struct
{
  char       *property;
  CellFormat  format;
} CellSpec;
/* Cells. */

static void
cell_spec_free (gpointer data,
                GClosure *closure)
{
  CellSpec *spec = data;

  g_free (spec->property);
  g_free (spec);
}

static void
setup_cell_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *list_item,
               gpointer                  user_data)
{
  CellFormat format = GPOINTER_TO_INT (user_data);
  gboolean text = format == CELL_TEXT;
  /* Text may take two lines ("Onvergunde seksbranche (regionaal)" in a narrow column), then
   * ends in an ellipsis with the whole in the tooltip; dates and numbers keep to one. */
  GtkWidget *label = g_object_new (GTK_TYPE_LABEL,
                                   "xalign", format == CELL_NUMBER ? 1.0f : 0.0f,
                                   "ellipsize", PANGO_ELLIPSIZE_END,
                                   "single-line-mode", !text,
                                   "wrap", text,
                                   "wrap-mode", PANGO_WRAP_WORD_CHAR,
                                   "lines", text ? 2 : -1,
                                   "use-markup", FALSE,
                                   NULL);

  if (format == CELL_NUMBER)
    gtk_widget_add_css_class (label, "numeric");
  gtk_list_item_set_child (list_item, label);
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
    case CELL_DATE:
      text = ond_date_format (g_value_get_string (&value));
      break;

    case CELL_NUMBER:
      {
        g_auto(GValue) number = G_VALUE_INIT;

        g_value_init (&number, G_TYPE_INT64);
        g_value_transform (&value, &number);
        text = g_strdup_printf ("%" G_GINT64_FORMAT, g_value_get_int64 (&number));
      }
      break;

    case CELL_YES_NO:
      text = g_strdup (g_value_get_boolean (&value) ? _("Yes") : _("No"));
      break;

    case CELL_TEXT:
    default:
      text = g_value_dup_string (&value);
      break;
    }

  gtk_label_set_label (GTK_LABEL (label), text != NULL ? text : "");
  gtk_widget_set_tooltip_text (label, text != NULL && text[0] != '\0' ? text : NULL);
}

static CellFormat
format_of (GParamSpec *pspec)
{
  if (pspec->value_type == G_TYPE_BOOLEAN)
    return CELL_YES_NO;
  if (pspec->value_type == G_TYPE_STRING)
    return g_str_equal (pspec->name, "date") ? CELL_DATE : CELL_TEXT;
  return CELL_NUMBER;
}

/* Adds a column showing @property of the records, sorted by it. A text column (@width
 * EXPAND) shares the room left by the fixed ones, so that the buttons of the row stay in
 * sight in a narrow window; its cells are shortened with an ellipsis and show all in their
 * tooltip. */
static GtkColumnViewColumn *
add_column (GtkColumnView *view,
            GType          type,
            const char    *property,
            const char    *title,
            int            width)
{
  g_autoptr(GTypeClass) klass = g_type_class_ref (type);
  GParamSpec *pspec = g_object_class_find_property (G_OBJECT_CLASS (klass), property);
  g_autoptr(GtkListItemFactory) factory = NULL;
  g_autoptr(GtkColumnViewColumn) column = NULL;
  GtkExpression *expression;
  GtkSorter *sorter;
  CellSpec *spec;

  g_return_val_if_fail (pspec != NULL, NULL);

  spec = g_new0 (CellSpec, 1);
  spec->property = g_strdup (property);
  spec->format = format_of (pspec);

  factory = gtk_signal_list_item_factory_new ();
  g_signal_connect (factory, "setup", G_CALLBACK (setup_cell_cb), GINT_TO_POINTER (spec->format));
  g_signal_connect_data (factory, "bind", G_CALLBACK (bind_cell_cb), spec, cell_spec_free, 0);

  expression = gtk_property_expression_new (type, NULL, property);
  if (spec->format == CELL_TEXT || spec->format == CELL_DATE)
    sorter = GTK_SORTER (gtk_string_sorter_new (expression));
  else
    sorter = GTK_SORTER (gtk_numeric_sorter_new (expression));

  column = gtk_column_view_column_new (title, g_object_ref (factory));
  gtk_column_view_column_set_sorter (column, sorter);
  g_object_unref (sorter);
  gtk_column_view_column_set_resizable (column, TRUE);
  if (width == EXPAND)
    gtk_column_view_column_set_expand (column, TRUE);
  else
    gtk_column_view_column_set_fixed_width (column, width);
  gtk_column_view_append_column (view, column);

  return column;
}

static void
setup_actions_cb (GtkSignalListItemFactory *factory,
                  GtkListItem              *list_item,
                  gpointer                  user_data)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *edit = gtk_button_new_from_icon_name ("document-edit-symbolic");
  GtkWidget *delete = gtk_button_new_from_icon_name ("user-trash-symbolic");

  /* The target first: the record's id once bound (an action with a parameter and no
   * target would be refused). */
  gtk_actionable_set_action_target (GTK_ACTIONABLE (edit), "x", (gint64) 0);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (edit), "register.edit");
  gtk_widget_set_tooltip_text (edit, _("Edit"));
  gtk_widget_add_css_class (edit, "flat");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (delete), "x", (gint64) 0);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (delete), "register.delete");
  gtk_widget_set_tooltip_text (delete, _("Delete"));
  gtk_widget_add_css_class (delete, "flat");
  gtk_box_append (GTK_BOX (box), edit);
  gtk_box_append (GTK_BOX (box), delete);
  gtk_widget_set_halign (box, GTK_ALIGN_END);
  gtk_list_item_set_child (list_item, box);
}

static void
bind_actions_cb (GtkSignalListItemFactory *factory,
                 GtkListItem              *list_item,
                 gpointer                  user_data)
{
  const OndRegisterTexts *texts = ond_register_kind_get_texts (GPOINTER_TO_INT (user_data));
  GObject *record = gtk_list_item_get_item (list_item);
  GtkWidget *box = gtk_list_item_get_child (list_item);
  GtkWidget *edit = gtk_widget_get_first_child (box);
  GtkWidget *delete = gtk_widget_get_next_sibling (edit);
  gint64 id = ond_register_record_get_id (record);
  g_autofree char *edit_name = ond_register_record_format (record, texts->edit_name);
  g_autofree char *delete_name = ond_register_record_format (record, texts->delete_name);

  gtk_actionable_set_action_target (GTK_ACTIONABLE (edit), "x", id);
  gtk_actionable_set_action_target (GTK_ACTIONABLE (delete), "x", id);
  gtk_accessible_update_property (GTK_ACCESSIBLE (edit),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, edit_name, -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (delete),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, delete_name, -1);
}

static void
add_actions_column (GtkColumnView   *view,
                    OndRegisterKind  kind)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
  g_autoptr(GtkColumnViewColumn) column = NULL;

  g_signal_connect (factory, "setup", G_CALLBACK (setup_actions_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_actions_cb), GINT_TO_POINTER (kind));
  column = gtk_column_view_column_new (NULL, g_object_ref (factory));
  gtk_column_view_column_set_fixed_width (column, 96);
  gtk_column_view_append_column (view, column);
}

/* The columns of each register; each returns its date column. */

static GtkColumnViewColumn *
add_control_columns (GtkColumnView *view,
                     GType          type)
{
  GtkColumnViewColumn *date = add_column (view, type, "date", _("Date"), DATE_WIDTH);

  add_column (view, type, "kind-label", _("Kind"), EXPAND);
  add_column (view, type, "area-name", _("Area"), EXPAND);
  add_column (view, type, "businesses", _("Businesses"), 100);
  add_column (view, type, "signals", _("Signals"), 80);
  add_column (view, type, "partner-names", _("Partners"), EXPAND);
  add_column (view, type, "note", _("Note"), EXPAND);
  return date;
}

static GtkColumnViewColumn *
add_measure_columns (GtkColumnView *view,
                     GType          type)
{
  GtkColumnViewColumn *date = add_column (view, type, "date", _("Date"), DATE_WIDTH);

  add_column (view, type, "kind-label", _("Kind"), EXPAND);
  add_column (view, type, "domain-label", _("Domain"), EXPAND);
  add_column (view, type, "legal-basis", _("Legal Basis"), EXPAND);
  add_column (view, type, "area-name", _("Area"), EXPAND);
  add_column (view, type, "case-reference", _("Case"), 95);
  return date;
}

static GtkColumnViewColumn *
add_stop_talk_columns (GtkColumnView *view,
                       GType          type)
{
  GtkColumnViewColumn *date = add_column (view, type, "date", _("Date"), DATE_WIDTH);

  add_column (view, type, "branch", _("Branch"), EXPAND);
  add_column (view, type, "maatwerk", _("Tailored Solution"), 150);
  add_column (view, type, "area-name", _("Area"), EXPAND);
  return date;
}

static GtkColumnViewColumn *
add_activity_columns (GtkColumnView *view,
                      GType          type)
{
  GtkColumnViewColumn *date = add_column (view, type, "date", _("Date"), DATE_WIDTH);

  add_column (view, type, "kind-label", _("Kind"), EXPAND);
  add_column (view, type, "theme-name", _("Theme"), EXPAND);
  add_column (view, type, "plan-item-text", _("Planning"), EXPAND);
  add_column (view, type, "area-name", _("Area"), EXPAND);
  add_column (view, type, "note", _("Note"), EXPAND);
  return date;
}

/**
 * ond_register_columns_add:
 * @view: the list of a register
 * @kind: the register
 *
 * Adds the columns of the register, and the column of the Edit and Delete buttons.
 *
 * Returns: (transfer none): the date column
 */
GtkColumnViewColumn *
ond_register_columns_add (GtkColumnView   *view,
                          OndRegisterKind  kind)
{
  GType type = ond_register_kind_get_item_type (kind);
  GtkColumnViewColumn *date;

  g_return_val_if_fail (GTK_IS_COLUMN_VIEW (view), NULL);

  switch (kind)
    {
    case OND_REGISTER_CONTROLS:
      date = add_control_columns (view, type);
      break;
    case OND_REGISTER_MEASURES:
      date = add_measure_columns (view, type);
      break;
    case OND_REGISTER_STOP_TALKS:
      date = add_stop_talk_columns (view, type);
      break;
    case OND_REGISTER_ACTIVITIES:
    default:
      date = add_activity_columns (view, type);
      break;
    }
  add_actions_column (view, kind);
  return date;
}
