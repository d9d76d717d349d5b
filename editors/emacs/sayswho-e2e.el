;;; sayswho-e2e.el --- drive sayswho through eglot in emacs --batch  -*- lexical-binding: t -*-
;; Run by editors/emacs-e2e.sh; by hand:
;;   SAYSWHO=target/debug/sayswho emacs --batch -Q -l editors/emacs/sayswho-e2e.el /tmp/draft.md
;; Uses the README's eglot-server-programs entry, then checks through flymake and eglot:
;; the required diagnostics at exact positions, hover on a name, and a quick-fix.
;; Exit status 0 when every check passed.
(require 'eglot)
(require 'flymake)
(require 'json)

(defvar sayswho-e2e-failures nil)
(defvar sayswho-e2e-checks 0)
(defun sayswho-e2e-check (name ok &optional detail)
  (setq sayswho-e2e-checks (1+ sayswho-e2e-checks))
  (princ (format "%s %s%s\n" (if ok "ok  " "FAIL") name
                 (if (and (not ok) detail) (format ": %s" detail) "")))
  (unless ok (push name sayswho-e2e-failures))
  ok)

(let* ((file (expand-file-name (car command-line-args-left)))
       (bin (or (getenv "SAYSWHO") "sayswho"))
       (timeout (/ (string-to-number (or (getenv "E2E_TIMEOUT_MS") "20000")) 1000.0))
       (t0 (float-time))
       (vague '("officials" "Some South Korean media outlets" "Defense analysts" "Other experts" "reportedly"))
       (quote-text "“We will not stand by while the border burns.”"))
  (setq command-line-args-left nil)
  (find-file file)
  (text-mode)
  ;; The README's configuration, with the binary from $SAYSWHO and the Markdown language id.
  (setq eglot-server-programs
        `(((text-mode :language-id "markdown") . (,bin "lsp"))))
  (setq eglot-confirm-server-edits nil)
  (let ((eglot-sync-connect t)) (apply #'eglot (eglot--guess-contact)))
  (sayswho-e2e-check "eglot manages the buffer" (eglot-managed-p))
  (let ((server (eglot-current-server)))
    (flymake-start)
    (let ((deadline (+ (float-time) timeout)))
      (while (and (null (flymake-diagnostics)) (< (float-time) deadline))
        (accept-process-output nil 0.05)))
    (princ (format "diagnostics after %.2f s: %d\n" (- (float-time) t0) (length (flymake-diagnostics))))
    (cl-labels
        ((code-of (d) (let ((lsp (alist-get 'eglot-lsp-diag (flymake-diagnostic-data d))))
                        (and lsp (plist-get lsp :code))))
         (locate (s) (save-excursion (goto-char (point-min))
                                     (when (search-forward s nil t)
                                       (cons (match-beginning 0) (match-end 0)))))
         (wordp (pos) (and (>= pos (point-min)) (< pos (point-max))
                           (string-match-p "[[:alnum:]'’-]" (string (char-after pos)))))
         ;; Inside the phrase and on its word boundaries: exact positions or nothing.
         (on-words (d loc)
           (let ((b (flymake-diagnostic-beg d)) (e (flymake-diagnostic-end d)))
             (and (>= b (car loc)) (<= e (cdr loc)) (< b e)
                  (not (and (wordp (1- b)) (wordp b)))
                  (not (and (wordp (1- e)) (wordp e))))))
         (count (code loc) (seq-count (lambda (d) (and (equal (code-of d) code) (on-words d loc)))
                                      (flymake-diagnostics)))
         (describe () (mapconcat (lambda (d) (format "%s@%d:%d" (code-of d)
                                                     (line-number-at-pos (flymake-diagnostic-beg d))
                                                     (save-excursion (goto-char (flymake-diagnostic-beg d)) (current-column))))
                                 (flymake-diagnostics) ", ")))
      (dolist (phrase vague)
        (let ((loc (locate phrase)))
          (sayswho-e2e-check (format "vague-attribution on %S" phrase)
                             (and loc (= 1 (count "vague-attribution" loc))) (describe))))
      (let ((loc (locate quote-text)))
        (sayswho-e2e-check "unattributed-quote on the speakerless quote"
                           (and loc (= 1 (count "unattributed-quote" loc))) (describe))
        ;; Hover over Peskov shows the role.
        (let ((name (locate "Dmitry Peskov")))
          (goto-char (+ (car name) (length "Dmitry ") 2))
          (let* ((res (ignore-errors (eglot--request server :textDocument/hover
                                                     (eglot--TextDocumentPositionParams))))
                 (contents (and res (plist-get res :contents)))
                 (text (cond ((stringp contents) contents)
                             ((and (listp contents) (plist-get contents :value)))
                             ((vectorp contents) (mapconcat (lambda (c) (if (stringp c) c (plist-get c :value))) contents "\n"))
                             (t ""))))
            (sayswho-e2e-check "hover over Peskov shows “Kremlin spokesperson”"
                               (string-match-p "Kremlin spokesperson" (or text "")) text)))
        ;; A quick-fix that adds attribution: name the vague source “officials” from the
        ;; draft's own sources; the buffer changes and the server re-checks it.
        (let* ((oloc (locate "officials"))
               (target (and oloc (seq-find (lambda (d) (and (equal (code-of d) "vague-attribution") (on-words d oloc)))
                                           (flymake-diagnostics))))
               (n0 (seq-count (lambda (d) (equal (code-of d) "vague-attribution")) (flymake-diagnostics))))
          (when (sayswho-e2e-check "the vague-attribution diagnostic on “officials”" target)
            (goto-char (1+ (car oloc)))
            (let* ((actions (ignore-errors
                              (eglot--request server :textDocument/codeAction
                                              (list :textDocument (eglot--TextDocumentIdentifier)
                                                    :range (list :start (eglot--pos-to-lsp-position (car oloc))
                                                                 :end (eglot--pos-to-lsp-position (cdr oloc)))
                                                    :context (list :diagnostics
                                                                   (vector (alist-get 'eglot-lsp-diag (flymake-diagnostic-data target)))
                                                                   :only ["quickfix"])))))
                   (action (seq-find (lambda (a) (string-prefix-p "Name the source: " (plist-get a :title))) actions))
                   (line-start (save-excursion (goto-char (car oloc)) (line-beginning-position))))
              (when (sayswho-e2e-check "a code action that names the source is offered" action
                                       (mapcar (lambda (a) (plist-get a :title)) actions))
                (eglot-execute server action)
                (let* ((named (replace-regexp-in-string " (.*)\\'" "" (string-remove-prefix "Name the source: " (plist-get action :title))))
                       (line (save-excursion (goto-char line-start) (buffer-substring (line-beginning-position) (line-end-position)))))
                  (sayswho-e2e-check (format "“%s” changed the buffer" (plist-get action :title))
                                     (and (not (string-search "officials" line)) (string-search named line)) line))
                ;; eglot sends the change from an idle timer, which batch mode never runs:
                ;; send it now. The server re-checks and that finding goes away.
                (eglot--signal-textDocument/didChange)
                (let ((deadline (+ (float-time) timeout)))
                  (while (and (< (float-time) deadline)
                              (/= (seq-count (lambda (d) (equal (code-of d) "vague-attribution")) (flymake-diagnostics))
                                  (1- n0)))
                    (accept-process-output nil 0.05)
                    (flymake-start)))
                (sayswho-e2e-check "after the fix one vague source fewer"
                                   (= (seq-count (lambda (d) (equal (code-of d) "vague-attribution")) (flymake-diagnostics))
                                      (1- n0))
                                   (describe))
                (let ((loc (locate quote-text)))
                  (sayswho-e2e-check "the speakerless quote is still flagged"
                                     (and loc (= 1 (count "unattributed-quote" loc))) (describe)))))))))
    (set-buffer-modified-p nil)
    (ignore-errors (eglot-shutdown server)))
  (princ (format "emacs-e2e: %d passed, %d failed\n"
                 (- sayswho-e2e-checks (length sayswho-e2e-failures)) (length sayswho-e2e-failures)))
  (kill-emacs (if sayswho-e2e-failures 1 0)))
