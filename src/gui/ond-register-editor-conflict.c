/* ond-register-editor-conflict.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The saving of a changed record of a register under concurrency (optimistic locking,
 * ond-store-migration-11.c), as a planning row's (ond-plan-item-editor-conflict.c). The form
 * is saved against its baseline: the record as the form read it, with its row version. When
 * someone else changed the record in between, the store refuses and nothing is written; the
 * record is read again and the conflict dialog every edit form shares shows what changed
 * (their value, the user's). The user goes back to the form, keeps their version (the form is
 * filled in from the record as it is now, which becomes the baseline; nothing is saved), or
 * saves the form over it (checked against the version just read, with the confirmation of a
 * date outside the plan period the refused save had).
 */

#define G_LOG_DOMAIN "ond-register-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "ond-case-conflict-dialog.h"
#include "ond-register-editor-private.h"
#include "ond-store-register-conflict.h"

static void
answer_conflict (GtkWindow *form,
                 gpointer   current,
                 gboolean   overwrite)
{
  OndRegisterEditor *self = OND_REGISTER_EDITOR (form);
  g_autofree char *what = NULL;

  g_set_object (&self->baseline, current);
  if (overwrite)
    {
      /* The form as it is, saved over the version just read. */
      _ond_register_editor_save (self, self->conflict_flags);
      return;
    }
  /* Their version: the form shows the record as it is now. */
  _ond_register_editor_clear_errors (self);
  _ond_register_editor_fill_fields (self, current);
  what = ond_register_record_describe (current);
  adw_window_title_set_subtitle (self->window_title, what);
}

/**
 * _ond_register_editor_show_conflict:
 * @self: an #OndRegisterEditor
 * @mine: the record read from the form, whose save was refused
 * @flags: the flags of that save
 *
 * Someone else changed the record after the form read it: reads it again and shows what
 * changed, to let the user choose. A record gone since, or one that cannot be read, is said
 * above the form.
 */
void
_ond_register_editor_show_conflict (OndRegisterEditor *self,
                                    GObject           *mine,
                                    OndRegisterFlags   flags)
{
  const OndRegisterTexts *register_texts = ond_register_kind_get_texts (self->kind);
  g_autoptr(GError) error = NULL;
  g_autoptr(GObject) current = NULL;
  g_autoptr(GPtrArray) changes = NULL;
  const OndConflictTexts texts = {
    _(register_texts->conflict_heading),
    _(register_texts->conflict_body),
    _(register_texts->conflict_unchanged),
  };

  g_return_if_fail (self->baseline != NULL);

  current = ond_store_get_register_record (self->store, G_OBJECT_TYPE (self->baseline),
                                           ond_register_record_get_id (self->baseline),
                                           &error);
  if (current != NULL)
    changes = ond_store_compare_register_edit (self->store, self->baseline, mine, current,
                                               &error);
  if (changes == NULL)
    {
      _ond_register_editor_show_field_error (self, OND_REGISTER_N_FIELDS, error->message);
      return;
    }
  self->conflict_flags = flags;
  ond_conflict_dialog_ask (GTK_WINDOW (self), &texts, changes, g_steal_pointer (&current),
                           g_object_unref, answer_conflict);
}
