/* ond-text.h
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Text helpers shared by the store and the lists. */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Folds @text for searching: case-folded, accents removed ("Crème" -> "creme"), runs of
 * white space made one space. SQLite's LIKE folds ASCII only, so the store keeps this form
 * in search columns and folds the search text the same way. Transfer full; NULL -> "". */
char *ond_text_fold (const char *text) G_GNUC_WARN_UNUSED_RESULT;

/* TRUE when @text is NULL, empty or only white space. */
gboolean ond_text_is_blank (const char *text);

G_END_DECLS
