/* ond-year-list.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The years of a plan as a string list for a drop-down or a list. */

#define G_LOG_DOMAIN "ond-year-list"

#include "config.h"

#include "ond-year-list.h"

GtkStringList *
ond_year_list_new (int first_year,
                   int last_year)
{
  GtkStringList *years = gtk_string_list_new (NULL);

  for (int year = first_year; year <= last_year; year++)
    {
      char text[16];

      g_snprintf (text, sizeof text, "%d", year);
      gtk_string_list_append (years, text);
    }
  return years;
}
