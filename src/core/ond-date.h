/* ond-date.h
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Dates: ISO "YYYY-MM-DD" in the database, "dd-mm-jjjj" on screen. */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define OND_DATE_ERROR (ond_date_error_quark ())

/**
 * OndDateError:
 * @OND_DATE_ERROR_INVALID: the text is not written as a date
 * @OND_DATE_ERROR_NONEXISTENT: written as a date, but no such day exists (31-02-2023)
 */
typedef enum
{
  OND_DATE_ERROR_INVALID,
  OND_DATE_ERROR_NONEXISTENT,
} OndDateError;

GQuark    ond_date_error_quark (void);

char     *ond_date_format      (const char  *iso) G_GNUC_WARN_UNUSED_RESULT;
gboolean  ond_date_parse       (const char  *text,
                                char       **iso,
                                GError     **error);

G_END_DECLS
