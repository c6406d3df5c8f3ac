# A small JSON writer, so the reference scripts need nothing beyond base R and `survival`.
# Numbers are written with 17 significant digits (a double's round trip). NA and NaN become null;
# so do infinities, which JSON cannot spell. A length-one vector is written as a scalar unless it
# is wrapped in I(), which keeps it an array.

json_scalar <- function(x) {
  if (is.na(x) || (is.numeric(x) && !is.finite(x))) return("null")
  if (is.logical(x)) return(if (x) "true" else "false")
  if (is.character(x) || is.factor(x)) {
    s <- as.character(x)
    s <- gsub("\\", "\\\\", s, fixed = TRUE)
    s <- gsub("\"", "\\\"", s, fixed = TRUE)
    return(paste0("\"", s, "\""))
  }
  if (x == round(x) && abs(x) < 2^53) return(format(x, scientific = FALSE, trim = TRUE))
  sprintf("%.17g", x)
}

to_json <- function(x) {
  if (is.null(x)) return("null")
  if (is.list(x)) {
    items <- vapply(x, to_json, character(1))
    if (!is.null(names(x))) {
      keys <- vapply(names(x), json_scalar, character(1))
      return(paste0("{", paste0(keys, ":", items, collapse = ","), "}"))
    }
    return(paste0("[", paste0(items, collapse = ","), "]"))
  }
  if (length(x) == 1 && !inherits(x, "AsIs")) return(json_scalar(x))
  paste0("[", paste0(vapply(seq_along(x), function(i) json_scalar(x[[i]]), character(1)), collapse = ","), "]")
}

# The folder of the running script, so sibling files can be sourced from anywhere.
script_dir <- function() {
  file_arg <- grep("^--file=", commandArgs(FALSE), value = TRUE)
  if (length(file_arg) == 0) return(".")
  dirname(normalizePath(sub("^--file=", "", file_arg[1])))
}
