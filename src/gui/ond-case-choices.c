/* ond-case-choices.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ond-case-choices"

#include "config.h"

#include "ond-case-choices.h"

const char *
ond_case_choices_code (GPtrArray *entries,
                       guint      position)
{
  OndVocabularyEntry *entry;

  if (entries == NULL || position >= entries->len)
    return NULL;
  entry = g_ptr_array_index (entries, position);
  return entry->code;
}

guint
ond_case_choices_find (GPtrArray  *entries,
                       const char *code)
{
  if (entries == NULL || code == NULL)
    return GTK_INVALID_LIST_POSITION;

  for (guint i = 0; i < entries->len; i++)
    {
      OndVocabularyEntry *entry = g_ptr_array_index (entries, i);

      if (g_strcmp0 (entry->code, code) == 0)
        return i;
    }
  return GTK_INVALID_LIST_POSITION;
}

const char *
ond_case_choices_label (GPtrArray  *entries,
                        const char *code)
{
  guint position = ond_case_choices_find (entries, code);
  OndVocabularyEntry *entry;

  if (position == GTK_INVALID_LIST_POSITION)
    return code;
  entry = g_ptr_array_index (entries, position);
  return entry->label;
}

GtkStringList *
ond_case_choices_model (GPtrArray  *entries,
                        const char *first)
{
  GtkStringList *model = gtk_string_list_new (NULL);

  if (first != NULL)
    gtk_string_list_append (model, first);
  for (guint i = 0; entries != NULL && i < entries->len; i++)
    {
      OndVocabularyEntry *entry = g_ptr_array_index (entries, i);

      gtk_string_list_append (model, entry->label);
    }
  return model;
}
