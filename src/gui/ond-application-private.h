/* ond-application-private.h
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* What the files of OndApplication share between them. */

#pragma once

#include "ond-application.h"

G_BEGIN_DECLS

void _ond_application_actions_init (OndApplication *self);

G_END_DECLS
