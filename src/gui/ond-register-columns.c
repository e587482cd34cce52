/* ond-register-columns.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The columns of a register's list. A cell shows one property of the record, formatted by
 * the property's type (a date as dd-mm-jjjj, a count right-aligned, a yes/no); the column
 * sorts by that property with a string or numeric sorter (ond-table.c makes them). */

#define G_LOG_DOMAIN "ond-register-columns"

#include "config.h"

#include <glib/gi18n.h>

#include "ond-register-columns.h"
#include "ond-table.h"

#define DATE_WIDTH OND_TABLE_DATE_WIDTH
#define EXPAND     OND_TABLE_EXPAND

/* A column showing @property of the records, sorted by it (ond-table.c). */
static GtkColumnViewColumn *
add_column (GtkColumnView *view,
            GType          type,
            const char    *property,
            const char    *title,
            int            width)
{
  return ond_table_add_column (view, type, property, title, width, OND_TABLE_AUTO);
}

static gint64
record_id (gpointer record)
{
  return ond_register_record_get_id (record);
}

/* The accessible names of a row's buttons, e.g. "Edit Control of 12-03-2024, DOR/DOL". */
static char *
button_name (gpointer record,
             gboolean delete,
             gpointer user_data)
{
  const OndRegisterTexts *texts = ond_register_kind_get_texts (GPOINTER_TO_INT (user_data));

  return ond_register_record_format (record, delete ? texts->delete_name : texts->edit_name);
}

static void
add_actions_column (GtkColumnView   *view,
                    OndRegisterKind  kind)
{
  ond_table_add_actions_column (view, "register.edit", "register.delete",
                                record_id, button_name, GINT_TO_POINTER (kind));
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
