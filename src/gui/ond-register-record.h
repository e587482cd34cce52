/* ond-register-record.h
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The four registers of "Controles & maatregelen" seen as one: which register a page or an
 * editor shows (OndRegisterKind), the texts that name its records, and the store calls of
 * ond-store-registers.h chosen by the register, so that one list page and one editor serve
 * all four. A record is an OndControl, OndMeasure, OndStopTalk or OndActivity. */

#pragma once

#include <glib-object.h>

#include "ond-store-registers.h"

G_BEGIN_DECLS

typedef enum
{
  OND_REGISTER_CONTROLS,
  OND_REGISTER_MEASURES,
  OND_REGISTER_STOP_TALKS,
  OND_REGISTER_ACTIVITIES,
} OndRegisterKind;

#define OND_TYPE_REGISTER_KIND (ond_register_kind_get_type ())
GType ond_register_kind_get_type (void);

/* The texts of a register, untranslated (N_): wrap each in _() when it is used. The ones
 * with %s take a record's description (ond_register_record_describe). */
typedef struct
{
  const char *title;              /* "Controls" */
  const char *add_label;          /* "_Add Control" */
  const char *add_name;           /* "Add Control", its accessible name */
  const char *new_title;          /* "New Control" */
  const char *edit_title;         /* "Edit Control" */
  const char *delete_heading;     /* "Delete Control?" */
  const char *delete_body;        /* %s */
  const char *deleted;            /* %s */
  const char *saved;              /* %s */
  const char *edit_name;          /* %s */
  const char *delete_name;        /* %s */
  const char *search_placeholder;
  const char *search_name;
  const char *list_name;
  const char *empty_title;
  const char *empty_description;
  const char *icon_name;
  /* The conflict dialog (ond-case-conflict-dialog.h): someone else changed the record after
   * the form read it. */
  const char *conflict_heading;   /* "Someone Else Changed This Control" */
  const char *conflict_body;
  const char *conflict_unchanged;
} OndRegisterTexts;

const OndRegisterTexts *ond_register_kind_get_texts     (OndRegisterKind   kind);
/* The type of the records of the register: OND_TYPE_CONTROL, ... */
GType                   ond_register_kind_get_item_type (OndRegisterKind   kind);

/* The store calls of ond-store-registers.h for the register of @kind or of @record. */
GListModel             *ond_register_list            (OndStore          *store,
                                                      OndRegisterKind    kind,
                                                      GError           **error)
                                                      G_GNUC_WARN_UNUSED_RESULT;
gint64                  ond_register_save            (OndStore          *store,
                                                      GObject           *record,
                                                      OndRegisterFlags   flags,
                                                      GError           **error);
gboolean                ond_register_delete          (OndStore          *store,
                                                      GObject           *record,
                                                      GError           **error);
gint64                  ond_register_restore         (OndStore          *store,
                                                      GObject           *record,
                                                      GError           **error);

OndRegisterKind         ond_register_record_get_kind (GObject           *record);
gint64                  ond_register_record_get_id   (GObject           *record);
/* The row version the record was read with (optimistic locking, ond-store-registers.h);
 * 0 = a save does not check it. */
gint64                  ond_register_record_get_row_version (GObject    *record);
void                    ond_register_record_set_row_version (GObject    *record,
                                                             gint64      row_version);
/* Folded search text (ond_text_fold). */
const char             *ond_register_record_get_search_text (GObject    *record);
/* What the record is in a few words, e.g. "12-03-2024, Integrale controle". Transfer full. */
char                   *ond_register_record_describe (GObject           *record)
                                                      G_GNUC_WARN_UNUSED_RESULT;
/* @text (one of the texts with %s, untranslated) translated, with the record's
 * description in place of the %s. Transfer full. */
char                   *ond_register_record_format   (GObject           *record,
                                                      const char        *text)
                                                      G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
