/* ond-year-list.h
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The years of a plan (or of a figure) as the string list a year drop-down, combo row or
 * list shows: "2023", "2024". */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* @first_year..@last_year; empty when @last_year < @first_year. Transfer full. */
GtkStringList *ond_year_list_new (int first_year,
                                  int last_year) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
