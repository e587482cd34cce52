/* ond-application-private.h
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* What the files of OndApplication share between them. */

#pragma once

#include "ond-application.h"
#include "ond-store.h"

G_BEGIN_DECLS

void           _ond_application_actions_init           (OndApplication  *self);
/* ond-application.c: opens a file or a team server's database in a new window. */
void           _ond_application_open                   (OndApplication  *self,
                                                        const char      *location,
                                                        GtkWindow       *parent);
/* ond-application-copy-in.c: asks for a file and copies it into the empty team database
 * @uri, then opens that. */
void           _ond_application_copy_file_in           (OndApplication  *self,
                                                        const char      *uri);
void           _ond_application_a11y_init              (void);
GNotification *_ond_application_create_due_notification (OndStore        *store,
                                                         const char      *today,
                                                         char           **title,
                                                         GError         **error)
                                                         G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
