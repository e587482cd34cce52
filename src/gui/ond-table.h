/* ond-table.h
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* What the lists of records share (the registers of "Controles & maatregelen", the
 * bookings of the Begroting): a GtkColumnView column per property of the records, sorted by
 * that property; the last column with the Edit and Delete buttons of each row; the Delete key
 * in the list; and the search by words in the records' folded search text. */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* How a cell shows its property. */
typedef enum
{
  OND_TABLE_AUTO,      /* by the property's type: "date" a date, other strings text,
                        * a boolean Yes/No, a number a count */
  OND_TABLE_TEXT,      /* up to two lines, then an ellipsis; the whole in the tooltip */
  OND_TABLE_DATE,      /* an ISO date shown as dd-mm-jjjj */
  OND_TABLE_COUNT,     /* a number, right-aligned */
  OND_TABLE_MONEY,     /* cents shown as € 1.234,56 (ond_money_format), right-aligned */
  OND_TABLE_YES_NO,
} OndTableFormat;

/* A width for ond_table_add_column (): the column shares the room the fixed ones leave. */
#define OND_TABLE_EXPAND     (-1)
#define OND_TABLE_DATE_WIDTH 105

/* The id of a record, the target of its row's buttons. */
typedef gint64 (*OndTableIdFunc)   (gpointer  item);
/* The accessible name of a row's Edit button (@delete FALSE) or Delete button, e.g. "Edit
 * Control of 12-03-2024". Transfer full. */
typedef char  *(*OndTableNameFunc) (gpointer  item,
                                    gboolean  delete,
                                    gpointer  user_data);

GtkColumnViewColumn *ond_table_add_column         (GtkColumnView      *view,
                                                   GType               type,
                                                   const char         *property,
                                                   const char         *title,
                                                   int                 width,
                                                   OndTableFormat      format);
/* Adds the column of the Edit and Delete buttons: they activate @edit_action and
 * @delete_action (both with an int64 parameter) with the record's id. */
GtkColumnViewColumn *ond_table_add_actions_column (GtkColumnView      *view,
                                                   const char         *edit_action,
                                                   const char         *delete_action,
                                                   OndTableIdFunc      id_func,
                                                   OndTableNameFunc    name_func,
                                                   gpointer            user_data);
/* Makes Delete (while the keyboard is in @list) activate @action_name on @widget. It is
 * caught before the list sees it: a list hands the keys typed in it to its search entry. */
void                 ond_table_add_delete_key     (GtkWidget          *widget,
                                                   GtkWidget          *list,
                                                   const char         *action_name);

/* The folded words of @text as typed in a search entry; NULL when there are none. */
GStrv                ond_table_search_words       (const char         *text)
                                                   G_GNUC_WARN_UNUSED_RESULT;
/* Whether @folded (a record's folded search text) holds every one of @words; TRUE for
 * NULL @words. */
gboolean             ond_table_search_matches     (const char * const *words,
                                                   const char         *folded);

G_END_DECLS
