/* ond-money.h
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Amounts of money: gint64 cents, never a double. This is the one place where Dutch money
 * formatting ("€ 17.000", "€ 1.234,56") and parsing live.
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define OND_MONEY_ERROR (ond_money_error_quark ())

/**
 * OndMoneyError:
 * @OND_MONEY_ERROR_INVALID: the text is not an amount (empty, garbage, misplaced separators)
 * @OND_MONEY_ERROR_TOO_PRECISE: more than two decimals (never rounded)
 * @OND_MONEY_ERROR_OVERFLOW: the amount does not fit in a gint64 of cents
 */
typedef enum
{
  OND_MONEY_ERROR_INVALID,
  OND_MONEY_ERROR_TOO_PRECISE,
  OND_MONEY_ERROR_OVERFLOW,
} OndMoneyError;

GQuark    ond_money_error_quark   (void);

char     *ond_money_format        (gint64       cents) G_GNUC_WARN_UNUSED_RESULT;
char     *ond_money_format_plain  (gint64       cents) G_GNUC_WARN_UNUSED_RESULT;
gboolean  ond_money_parse         (const char  *text,
                                   gint64      *cents,
                                   GError     **error);

G_END_DECLS
