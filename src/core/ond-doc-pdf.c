/* ond-doc-pdf.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Writing a document (ond-doc.h) as an A4 PDF: laid out first (a layout error leaves the
 * file system alone), then written to a temporary file beside the destination, synced and
 * renamed over it; on any error the temporary file is removed and an existing file keeps
 * its content. The PDF's metadata (title, author, subject, creation date) come from the
 * document and nothing from the clock, so the same document gives the same bytes. The
 * temporary file and its rename are OndFileReplace's (ond-file-replace.h).
 */

#define G_LOG_DOMAIN "ond-doc"

#include "config.h"

#include <errno.h>
#include <unistd.h>

#include <cairo-pdf.h>
#include <glib/gi18n.h>

#include "ond-doc.h"
#include "ond-doc-private.h"
#include "ond-file-replace.h"

/* Where cairo's output goes: the temporary file, and the first error writing it. */
typedef struct
{
  int fd;
  int saved_errno;
} Sink;

static cairo_status_t
write_data (void                *closure,
            const unsigned char *data,
            unsigned int         length)
{
  Sink *sink = closure;

  if (sink->saved_errno != 0)
    return CAIRO_STATUS_WRITE_ERROR;
  while (length > 0)
    {
      ssize_t written = write (sink->fd, data, length);

      if (written < 0)
        {
          if (errno == EINTR)
            continue;
          sink->saved_errno = errno;
          return CAIRO_STATUS_WRITE_ERROR;
        }
      data += written;
      length -= (unsigned int) written;
    }
  return CAIRO_STATUS_SUCCESS;
}

/* A PDF date from cairo's ISO 8601 form: 2025-06-15T10:30:00+02:00. */
static char *
pdf_date (GDateTime *date)
{
  return g_date_time_format (date, "%Y-%m-%dT%H:%M:%S%:z");
}

/* Draws every page into the PDF surface; the first error is in @error. */
static gboolean
draw_pages (OndDoc          *self,
            cairo_surface_t *surface,
            double           width,
            double           height,
            int              n_pages,
            GError         **error)
{
  g_autofree char *date = pdf_date (self->created);
  cairo_t *cr;
  gboolean ok = TRUE;

  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, self->title);
  if (self->author[0] != '\0')
    cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_AUTHOR, self->author);
  if (self->subject[0] != '\0')
    cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_SUBJECT, self->subject);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Ondermijning");
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATE_DATE, date);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_MOD_DATE, date);

  cr = cairo_create (surface);
  for (int page = 0; ok && page < n_pages; page++)
    {
      ok = ond_doc_draw_page (self, cr, width, height, page, error);
      cairo_show_page (cr);
    }
  cairo_destroy (cr);
  return ok;
}

/* Lays @self out, writes it to a temporary file of @mode beside @path and renames that over
 * @path (see ond_doc_write_pdf()). */
static gboolean
write_pdf (OndDoc              *self,
           const char          *path,
           OndFileReplaceMode   mode,
           GError             **error)
{
  g_autoptr(OndFileReplace) file = NULL;
  g_autoptr(GError) draw_error = NULL;
  cairo_surface_t *surface;
  cairo_status_t status;
  Sink sink = { -1, 0 };
  double width, height;
  gboolean drawn;
  int n_pages;

  g_return_val_if_fail (OND_IS_DOC (self), FALSE);
  g_return_val_if_fail (path != NULL && path[0] != '\0', FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  ond_doc_get_page_size (self, &width, &height);
  n_pages = ond_doc_paginate (self, width, height, error);
  if (n_pages == 0)
    return FALSE;

  file = ond_file_replace_begin (path, mode, error);
  if (file == NULL)
    return FALSE;
  sink.fd = ond_file_replace_get_fd (file);

  surface = cairo_pdf_surface_create_for_stream (write_data, &sink, width, height);
  drawn = draw_pages (self, surface, width, height, n_pages, &draw_error);
  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  /* The first thing that went wrong: writing the file, drawing, cairo itself, or syncing
   * and renaming it; freeing @file removes what was written. */
  if (sink.saved_errno != 0)
    ond_file_replace_set_error (error, path, sink.saved_errno);
  else if (!drawn)
    g_propagate_error (error, g_steal_pointer (&draw_error));
  else if (status != CAIRO_STATUS_SUCCESS)
    g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                 _("Writing the PDF failed: %s"), cairo_status_to_string (status));
  else
    return ond_file_replace_commit (file, error);

  return FALSE;
}

/**
 * ond_doc_write_pdf:
 * @self: a document
 * @path: the PDF file to write
 * @error: return location for an error
 *
 * Writes every page of @self as a PDF of A4 pages in its orientation, with the document's
 * title, author, subject and creation date as the PDF's metadata: the same document gives
 * the same bytes. The file is written beside @path and renamed over it when complete; on
 * failure nothing is left behind and an existing file at @path is untouched.
 *
 * Errors: %G_IO_ERROR_NOT_FOUND when the folder of @path does not exist; another
 * #GIOErrorEnum code (%G_IO_ERROR_PERMISSION_DENIED, %G_IO_ERROR_NO_SPACE, ...) when the file
 * cannot be written; the message names @path.
 *
 * Returns: %TRUE when the PDF was written
 */
gboolean
ond_doc_write_pdf (OndDoc      *self,
                   const char  *path,
                   GError     **error)
{
  return write_pdf (self, path, OND_FILE_REPLACE_KEEP_MODE, error);
}

/**
 * ond_doc_write_private_pdf:
 * @self: a document
 * @path: the PDF file to write
 * @error: return location for an error
 *
 * Writes the PDF as ond_doc_write_pdf() does, readable and writable by its owner only
 * (0600) from its first byte: for a document with personal data.
 *
 * Returns: %TRUE when the PDF was written
 */
gboolean
ond_doc_write_private_pdf (OndDoc      *self,
                           const char  *path,
                           GError     **error)
{
  return write_pdf (self, path, OND_FILE_REPLACE_PRIVATE, error);
}
