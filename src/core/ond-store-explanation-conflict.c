/* ond-store-explanation-conflict.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* What changed in an explanation for the council while the user had it open for editing
 * (optimistic locking, see ond-store-migration-10.c): its text, the one field of its form,
 * when the explanation as it is now differs from the one the user opened (none, when the
 * subject had none then or has none now), with the user's text. The same OndCaseChange list
 * as a case's (ond-store-case-conflict.c), for the one conflict dialog.
 */

#define G_LOG_DOMAIN "ond-store-explanations"

#include "config.h"

#include <glib/gi18n.h>

#include "ond-store-case-conflict.h"
#include "ond-store-explanations.h"

static char *
text_of (const OndExplanation *explanation)
{
  return g_strstrip (g_strdup (explanation != NULL && explanation->text != NULL
                               ? explanation->text : ""));
}

/**
 * ond_store_compare_explanation_edit:
 * @opened: (nullable): the explanation as the user opened it; %NULL when there was none
 * @text: the text of the user's edit
 * @current: (nullable): the explanation as it is now (ond_store_get_explanation () after
 *   %OND_STORE_ERROR_CONFLICT); %NULL when there is none
 *
 * Returns: (transfer full) (element-type OndCaseChange): the text when someone else changed
 *   it, or an empty list
 */
GPtrArray *
ond_store_compare_explanation_edit (const OndExplanation *opened,
                                    const char           *text,
                                    const OndExplanation *current)
{
  GPtrArray *changes = g_ptr_array_new_with_free_func ((GDestroyNotify) ond_case_change_free);
  g_autofree char *before = text_of (opened);
  g_autofree char *theirs = text_of (current);
  g_autofree char *mine = g_strstrip (g_strdup (text != NULL ? text : ""));

  ond_case_change_add (changes, "text", _("Explanation"), before, theirs, mine);
  return changes;
}
