/* ond-delete-undo.h
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Deleting with a confirmation and an Undo, for the pages that delete one item at a time
 * (the registers, the bookings): the question before, the toast after, and the copy of the
 * last deleted item that the toast can bring back. The page keeps the toast and the copy in
 * its own fields; what deleting and restoring mean is up to the page. And the page's
 * toasts: one at a time. */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

typedef void (*OndDeleteFunc) (gpointer owner,
                               gpointer item);

void ond_delete_confirm      (GtkWindow      *parent,
                              const char     *heading,
                              const char     *body,
                              gpointer        owner,
                              gpointer        item,
                              OndDeleteFunc   delete_func);

void ond_delete_undo_keep    (gpointer        owner,
                              AdwToast      **undo_toast,
                              GObject       **deleted,
                              gpointer        item);
void ond_delete_undo_offer   (AdwToast       *toast,
                              gpointer        owner,
                              GCallback       undo_clicked,
                              GCallback       dismissed,
                              AdwToast      **undo_toast);
void ond_delete_undo_dropped (AdwToast       *toast,
                              AdwToast      **undo_toast,
                              GObject       **deleted);
void ond_delete_undo_forget  (gpointer        owner,
                              AdwToast      **undo_toast,
                              GObject       **deleted);

void ond_delete_undo_add_toast (GtkWidget     *widget,
                                AdwToast     **info_toast,
                                AdwToast      *undo_toast,
                                AdwToast      *toast);

G_END_DECLS
