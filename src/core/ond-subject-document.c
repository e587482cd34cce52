/* ond-subject-document.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The inzage document: a title page saying what the document is and for how many cases,
 * a short explanation, then per case its fields (with their labels), its history, its
 * interventions, the casusoverleg items that discussed it, the measures linked to it and
 * who saw or changed it when (the access log). In Dutch whatever the UI language, like
 * every paper of the municipality: its wording is data. A part without rows says so.
 */

#define G_LOG_DOMAIN "ond-subject-document"

#include "config.h"

#include "ond-date.h"
#include "ond-subject-document.h"

/**
 * ond_subject_record_new:
 * @reference: the case's reference
 * @hidden: whether the case is hidden (deleted, not yet removed for good)
 *
 * Returns: (transfer full): an empty record of one case
 */
OndSubjectRecord *
ond_subject_record_new (const char *reference,
                        gboolean    hidden)
{
  OndSubjectRecord *record = g_new0 (OndSubjectRecord, 1);

  record->reference = g_strdup (reference != NULL ? reference : "");
  record->hidden = hidden;
  record->fields = g_ptr_array_new_with_free_func (g_free);
  record->events = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  record->interventions = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  record->meeting_items = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  record->measures = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  record->access = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  return record;
}

void
ond_subject_record_free (OndSubjectRecord *record)
{
  if (record == NULL)
    return;
  g_free (record->reference);
  g_ptr_array_unref (record->fields);
  g_ptr_array_unref (record->events);
  g_ptr_array_unref (record->interventions);
  g_ptr_array_unref (record->meeting_items);
  g_ptr_array_unref (record->measures);
  g_ptr_array_unref (record->access);
  g_free (record);
}

void
ond_subject_record_add_field (OndSubjectRecord *record,
                              const char       *label,
                              const char       *value)
{
  g_return_if_fail (record != NULL);
  g_return_if_fail (label != NULL);

  g_ptr_array_add (record->fields, g_strdup (label));
  g_ptr_array_add (record->fields, g_strdup (value != NULL ? value : ""));
}

/* How each column of a table is shown. */
typedef enum
{
  AS_TEXT,
  AS_DATE,   /* a date or a time: dd-mm-jjjj [HH:MM] */
} Shown;

/* Adds a table of @rows (GStrv of @n_columns) under the heading @title, or a line saying
 * there is nothing to show. */
static void
add_rows (OndDoc             *doc,
          const char         *title,
          const OndDocColumn *columns,
          const Shown        *shown,
          guint               n_columns,
          GPtrArray          *rows,
          const char         *none)
{
  OndDocTable *table;

  ond_doc_add_heading (doc, 2, title);
  if (rows->len == 0)
    {
      ond_doc_add_paragraph (doc, none, OND_DOC_STYLE_ITALIC);
      return;
    }
  table = ond_doc_add_table (doc, columns, n_columns);
  for (guint i = 0; i < rows->len; i++)
    {
      char **row = g_ptr_array_index (rows, i);
      g_auto(GStrv) cells = g_new0 (char *, n_columns + 1);

      for (guint c = 0; c < n_columns; c++)
        {
          const char *value = row[c] != NULL ? row[c] : "";

          if (shown[c] == AS_DATE)
            cells[c] = ond_date_format (value);
          else
            cells[c] = g_strdup (value);
        }
      ond_doc_table_add_row (table, OND_DOC_STYLE_NORMAL, (const char * const *) cells);
    }
}

static const OndDocColumn field_columns[] = {
  { "Gegeven", 1.0, OND_DOC_ALIGN_LEFT },
  { "Inhoud", 2.6, OND_DOC_ALIGN_LEFT },
};

static const OndDocColumn event_columns[] = {
  { "Moment", 1.1, OND_DOC_ALIGN_LEFT },
  { "Door", 0.8, OND_DOC_ALIGN_LEFT },
  { "Van", 0.8, OND_DOC_ALIGN_LEFT },
  { "Naar", 0.8, OND_DOC_ALIGN_LEFT },
  { "Toelichting", 2.5, OND_DOC_ALIGN_LEFT },
};
static const Shown event_shown[] = { AS_DATE, AS_TEXT, AS_TEXT, AS_TEXT, AS_TEXT };

static const OndDocColumn intervention_columns[] = {
  { "Interventie", 1.8, OND_DOC_ALIGN_LEFT },
  { "Partner", 0.8, OND_DOC_ALIGN_LEFT },
  { "Gepland", 0.8, OND_DOC_ALIGN_LEFT },
  { "Opvolging", 0.8, OND_DOC_ALIGN_LEFT },
  { "Status", 0.7, OND_DOC_ALIGN_LEFT },
  { "Notitie", 1.8, OND_DOC_ALIGN_LEFT },
};
static const Shown intervention_shown[] = {
  AS_TEXT, AS_TEXT, AS_DATE, AS_DATE, AS_TEXT, AS_TEXT,
};

static const OndDocColumn meeting_columns[] = {
  { "Casusoverleg", 0.9, OND_DOC_ALIGN_LEFT },
  { "Op de agenda", 0.9, OND_DOC_ALIGN_LEFT },
  { "Onderwerp", 1.2, OND_DOC_ALIGN_LEFT },
  { "Besluit", 2.0, OND_DOC_ALIGN_LEFT },
  { "Vastgelegd", 1.0, OND_DOC_ALIGN_LEFT },
  { "Door", 0.7, OND_DOC_ALIGN_LEFT },
};
static const Shown meeting_shown[] = { AS_DATE, AS_TEXT, AS_TEXT, AS_TEXT, AS_DATE, AS_TEXT };

static const OndDocColumn measure_columns[] = {
  { "Datum", 0.8, OND_DOC_ALIGN_LEFT },
  { "Soort", 1.2, OND_DOC_ALIGN_LEFT },
  { "Domein", 1.2, OND_DOC_ALIGN_LEFT },
  { "Grondslag", 1.4, OND_DOC_ALIGN_LEFT },
  { "Gebied", 0.9, OND_DOC_ALIGN_LEFT },
};
static const Shown measure_shown[] = { AS_DATE, AS_TEXT, AS_TEXT, AS_TEXT, AS_TEXT };

static const OndDocColumn access_columns[] = {
  { "Moment", 1.1, OND_DOC_ALIGN_LEFT },
  { "Door", 0.9, OND_DOC_ALIGN_LEFT },
  { "Wat", 3.0, OND_DOC_ALIGN_LEFT },
};
static const Shown access_shown[] = { AS_DATE, AS_TEXT, AS_TEXT };

static void
add_record (OndDoc           *doc,
            OndSubjectRecord *record)
{
  g_autofree char *heading = g_strdup_printf ("Casus %s", record->reference);
  OndDocTable *fields;

  ond_doc_add_heading (doc, 1, heading);
  if (record->hidden)
    ond_doc_add_paragraph (doc,
                           "Deze casus is verwijderd maar nog niet definitief gewist: de "
                           "gegevens zijn nog in het systeem aanwezig.",
                           OND_DOC_STYLE_ITALIC);

  ond_doc_add_heading (doc, 2, "Gegevens van de casus");
  fields = ond_doc_add_table (doc, field_columns, G_N_ELEMENTS (field_columns));
  for (guint i = 0; i + 1 < record->fields->len; i += 2)
    {
      const char *cells[] = {
        g_ptr_array_index (record->fields, i),
        g_ptr_array_index (record->fields, i + 1),
      };

      ond_doc_table_add_row (fields, OND_DOC_STYLE_NORMAL, cells);
    }

  add_rows (doc, "Geschiedenis", event_columns, event_shown, G_N_ELEMENTS (event_columns),
            record->events, "Geen.");
  add_rows (doc, "Interventies", intervention_columns, intervention_shown,
            G_N_ELEMENTS (intervention_columns), record->interventions,
            "Er zijn geen interventies vastgelegd.");
  add_rows (doc, "Besproken in het casusoverleg", meeting_columns, meeting_shown,
            G_N_ELEMENTS (meeting_columns), record->meeting_items,
            "De casus is niet in een casusoverleg besproken.");
  add_rows (doc, "Bestuurlijke maatregelen", measure_columns, measure_shown,
            G_N_ELEMENTS (measure_columns), record->measures,
            "Er zijn geen bestuurlijke maatregelen aan de casus gekoppeld.");
  add_rows (doc, "Wie de gegevens heeft ingezien of gewijzigd (toegangslog)", access_columns,
            access_shown, G_N_ELEMENTS (access_columns), record->access, "Geen.");
}

/**
 * ond_subject_document_new:
 * @records: (element-type OndSubjectRecord): the cases, in order
 * @author: the login name of the person who made the document
 * @created: when it was made
 *
 * Returns: (transfer full): the inzage document
 */
OndDoc *
ond_subject_document_new (GPtrArray  *records,
                          const char *author,
                          GDateTime  *created)
{
  g_autoptr(OndDoc) doc = NULL;
  g_autofree char *date = NULL;
  g_autofree char *made = NULL;
  g_autofree char *count = NULL;
  const char *lines[4];

  g_return_val_if_fail (records != NULL, NULL);
  g_return_val_if_fail (created != NULL, NULL);

  doc = ond_doc_new ("Inzage in persoonsgegevens", author != NULL ? author : "",
                     "Verzoek om inzage (AVG art. 15)", created);
  date = g_date_time_format (created, "%d-%m-%Y");
  made = g_strdup_printf ("Opgesteld op %s", date);
  count = records->len == 1 ? g_strdup ("1 casus")
                            : g_strdup_printf ("%u casussen", records->len);
  lines[0] = "Verzoek om inzage van een betrokkene (AVG art. 15)";
  lines[1] = made;
  lines[2] = count;
  lines[3] = NULL;
  ond_doc_add_title_page (doc, "Inzage in persoonsgegevens", lines);

  ond_doc_add_heading (doc, 1, "Over dit overzicht");
  ond_doc_add_paragraph (doc,
                         "Dit overzicht bevat alle gegevens die de gemeente Dordrecht in het "
                         "kader van de aanpak van ondermijning over u heeft vastgelegd in de "
                         "casussen hieronder: de gegevens van de melding, de geschiedenis van "
                         "de behandeling, de interventies, de bespreking in het casusoverleg, "
                         "gekoppelde bestuurlijke maatregelen en wie de gegevens wanneer heeft "
                         "ingezien of gewijzigd.",
                         OND_DOC_STYLE_NORMAL);
  ond_doc_add_paragraph (doc, "Vertrouwelijk — bevat persoonsgegevens.", OND_DOC_STYLE_BOLD);

  for (guint i = 0; i < records->len; i++)
    add_record (doc, g_ptr_array_index (records, i));
  return g_steal_pointer (&doc);
}
