# Reference values for the statistics library from base R and the recommended `cluster` package:
# Fisher's exact test, Pearson's chi-square on 2×2 tables, chi-square tail probabilities, ln Γ,
# mid-rank percentiles, AUC as the Mann–Whitney statistic, logistic regression by glm, k-means
# and silhouette widths. Prints one JSON document to stdout.
# Usage: Rscript scripts/r/stats-reference.R
suppressPackageStartupMessages(library(cluster))
file_arg <- grep("^--file=", commandArgs(FALSE), value = TRUE)
source(file.path(dirname(normalizePath(sub("^--file=", "", file_arg[1]))), "json.R"))

# Tables [[a, b], [c, d]], read by rows.
tables <- list(c(3, 1, 1, 3), c(10, 2, 3, 15), c(0, 5, 5, 0), c(1, 9, 11, 3), c(12, 5, 20, 200),
               c(120, 380, 600, 8900), c(5, 5, 5, 5), c(0, 10, 3, 40), c(7, 0, 2, 9), c(2, 30, 40, 300))
two_by_two <- lapply(tables, function(cells) {
  m <- matrix(cells, 2, byrow = TRUE)
  fisher <- fisher.test(m)
  yates <- suppressWarnings(chisq.test(m, correct = TRUE))
  pearson <- suppressWarnings(chisq.test(m, correct = FALSE))
  list(cells = I(cells), fisherP = fisher$p.value, fisherOddsRatio = unname(fisher$estimate),
       yatesChisq = unname(yates$statistic), yatesP = yates$p.value,
       pearsonChisq = unname(pearson$statistic), pearsonP = pearson$p.value)
})

tails <- lapply(list(c(0.5, 1), c(3.841458820694124, 1), c(10, 2), c(25, 3), c(100, 4),
                     c(1e-3, 5), c(300, 10), c(50, 1), c(7.5, 7), c(0.2, 30)), function(v) {
  list(x = v[1], df = v[2], p = pchisq(v[1], v[2], lower.tail = FALSE))
})

gammas <- lapply(c(1e-8, 0.1, 0.5, 1, 1.5, 2.7, 7, 15.9, 16, 33.3, 171.5, 1e5), function(x) {
  list(x = x, lnGamma = lgamma(x))
})

values <- c(3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5, NA, 8, 9, 7, 9)
present <- sum(!is.na(values))
percentiles <- list(values = I(values),
                    higherIsBetter = I((rank(values, ties.method = "average", na.last = "keep") - 0.5) / present * 100),
                    lowerIsBetter = I((rank(-values, ties.method = "average", na.last = "keep") - 0.5) / present * 100))

scores <- c(0.9, 0.8, 0.8, 0.7, 0.6, 0.6, 0.6, 0.5, 0.4, 0.3, 0.3, 0.2)
labels <- c(1, 1, 0, 1, 1, 0, 0, 1, 0, 0, 1, 0)
w <- wilcox.test(scores[labels == 1], scores[labels == 0], exact = FALSE)$statistic
auc <- list(scores = I(scores), labels = I(labels), auc = unname(w) / (sum(labels) * sum(1 - labels)))

glm_case <- function(name, formula, data, columns, response) {
  fit <- glm(formula, family = binomial, data = data, control = glm.control(epsilon = 1e-14, maxit = 100))
  list(name = name, columns = I(columns),
       x = lapply(seq_len(nrow(data)), function(i) I(unname(unlist(data[i, columns])))),
       y = I(data[[response]]),
       coefficients = I(unname(coef(fit))),
       standardErrors = I(unname(sqrt(diag(vcov(fit))))),
       logLik = as.numeric(logLik(fit)))
}
cars <- datasets::mtcars
logistic <- list(glm_case("mtcars-am", am ~ wt + hp, cars, c("wt", "hp"), "am"),
                 glm_case("mtcars-vs", vs ~ mpg + disp + drat, cars, c("mpg", "disp", "drat"), "vs"))

set.seed(7)
centres <- rbind(c(0, 0), c(6, 1), c(2, 7))
points <- do.call(rbind, lapply(1:3, function(i) {
  cbind(rnorm(20, centres[i, 1], 0.8), rnorm(20, centres[i, 2], 0.8))
}))
points <- round(points, 3)
distances <- dist(points)
clusterings <- lapply(2:6, function(k) {
  fit <- kmeans(points, centers = k, nstart = 50, iter.max = 100)
  widths <- silhouette(fit$cluster, distances)
  list(k = k, assignment = I(fit$cluster), withinSumOfSquares = fit$tot.withinss,
       widths = I(unname(widths[, "sil_width"])), meanWidth = mean(widths[, "sil_width"]))
})

cat(to_json(list(
  producedBy = paste0("R ", getRversion(), ", cluster ", packageVersion("cluster")),
  twoByTwo = two_by_two,
  chiSquareTails = tails,
  lnGamma = gammas,
  percentiles = percentiles,
  auc = auc,
  logistic = logistic,
  kmeans = list(points = lapply(seq_len(nrow(points)), function(i) I(points[i, ])), clusterings = clusterings)
)), "\n", sep = "")
