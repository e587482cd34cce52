/* ond-register-columns.h
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The columns of a register's list (OndRegisterPage): one per property shown, each sorted
 * by that property, and last the Edit and Delete buttons of the row (the actions
 * register.edit and register.delete with the record's id). */

#pragma once

#include <gtk/gtk.h>

#include "ond-register-record.h"

G_BEGIN_DECLS

/* Adds the columns of register @kind to @view; returns the date column (transfer none). */
GtkColumnViewColumn *ond_register_columns_add (GtkColumnView   *view,
                                               OndRegisterKind  kind);

G_END_DECLS
