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
void           _ond_application_a11y_init              (void);
GNotification *_ond_application_create_due_notification (OndStore        *store,
                                                         const char      *today,
                                                         char           **title,
                                                         GError         **error)
                                                         G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
