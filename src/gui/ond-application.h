/* ond-application.h
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* OndApplication: the command line, the database file, the settings, and the main window. */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define OND_TYPE_APPLICATION (ond_application_get_type ())
G_DECLARE_FINAL_TYPE (OndApplication, ond_application, OND, APPLICATION, AdwApplication)

OndApplication *ond_application_new           (void) G_GNUC_WARN_UNUSED_RESULT;
GSettings      *ond_application_get_settings  (OndApplication *self);
const char     *ond_application_get_database  (OndApplication *self);

G_END_DECLS
