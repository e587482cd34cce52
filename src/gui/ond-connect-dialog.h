/* ond-connect-dialog.h
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* OndConnectDialog: where the team server's database is, for the main menu's "Connect to
 * Team Server…" (app.connect-server). Either the server (a host name or a socket folder),
 * port, database, user name and password, or a whole address (postgresql://…) or a service
 * name. It answers "connect" or "cancel"; the application opens the address it makes
 * (ond_connect_dialog_dup_uri) as --database does. The fields, never the password, are kept
 * in the settings when it connects, and filled in from them next time. */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define OND_TYPE_CONNECT_DIALOG (ond_connect_dialog_get_type ())
G_DECLARE_FINAL_TYPE (OndConnectDialog, ond_connect_dialog, OND, CONNECT_DIALOG,
                      AdwMessageDialog)

GtkWidget *ond_connect_dialog_new      (GtkWindow        *parent,
                                        GSettings        *settings) G_GNUC_WARN_UNUSED_RESULT;
char      *ond_connect_dialog_dup_uri  (OndConnectDialog *self) G_GNUC_WARN_UNUSED_RESULT;
void       ond_connect_dialog_remember (OndConnectDialog *self);

G_END_DECLS
