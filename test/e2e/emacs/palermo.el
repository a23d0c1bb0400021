;;; palermo.el --- Emacs 28 + eglot (Debian elpa-eglot 1.9) against palermo-language-server, in batch mode.
;;   SERVER=bin/palermo-language-server.js SCENARIOS=test/e2e/scenarios.json FEATURES=test/features.json \
;;   DECLARATION=data/declaration.json emacs --batch -Q -l test/e2e/emacs/palermo.el test/e2e/workspace/draft-bill-en.bill
;; Prints "ok - emacs: …" / "not ok - emacs: …" per feature; exits 1 if any failed.
;; The setup part (bill-mode, eglot-server-programs, eglot-workspace-configuration) is what README documents.

;; -Q skips Debian's site-start, which would put the elpa packages on the load path.
(dolist (d (directory-files "/usr/share/emacs/site-lisp/elpa/" t "^[a-z]")) (add-to-list 'load-path d))
(require 'eglot)
(require 'cl-lib)

;;; Setup, as a user would write it in init.el
(define-derived-mode bill-mode text-mode "Bill" "Draft bills checked by palermo.")
(add-to-list 'auto-mode-alist '("\\.bill\\'" . bill-mode))
(add-to-list 'eglot-server-programs `(bill-mode . ("node" ,(getenv "SERVER") "--stdio")))
(setq-default eglot-workspace-configuration '(:palermo (:profile "UN-REC")))

;;; The test
(defvar palermo-failed 0)
(defun palermo-ok (what) (princ (format "ok - emacs: %s\n" what)))
(defun palermo-bad (what why) (setq palermo-failed (1+ palermo-failed)) (princ (format "not ok - emacs: %s — %s\n" what why)))
(defun palermo-json (file) (with-temp-buffer (insert-file-contents file) (json-parse-buffer :object-type 'alist :array-type 'list)))
(defun palermo-wait (pred secs)
  "Wait until PRED holds, feeding server output to Emacs, for at most SECS seconds."
  (let ((deadline (+ (float-time) secs)))
    (while (and (not (funcall pred)) (< (float-time) deadline)) (accept-process-output nil 0.05))
    (funcall pred)))

(defvar palermo-file (expand-file-name (car command-line-args-left)))
(setq command-line-args-left nil)
(defvar palermo-scenario (cl-find (file-name-nondirectory palermo-file)
                                  (alist-get 'bills (palermo-json (getenv "SCENARIOS")))
                                  :key (lambda (s) (alist-get 'file s)) :test #'equal))
(defvar palermo-features (alist-get 'features (palermo-json (getenv "FEATURES"))))
(defun palermo-on (name) (eq t (alist-get 'enabled (alist-get (intern name) palermo-features))))
(defun palermo-opening (id)
  (let ((p (cl-find id (alist-get 'paragraphs (palermo-json (getenv "DECLARATION"))) :key (lambda (p) (alist-get 'id p)) :test #'equal)))
    (mapconcat #'identity (seq-take (split-string (alist-get 'text p)) 6) " ")))

;; a project root without version control, so eglot does not ask for one
(setq project-find-functions (list (lambda (_dir) (cons 'transient (file-name-directory palermo-file)))))
(find-file palermo-file)
(unless (eq major-mode 'bill-mode) (palermo-bad "mode" major-mode) (kill-emacs 1))
(apply #'eglot (eglot--guess-contact))

(defun palermo-diags ()
  "The palermo diagnostics flymake holds, as (CODE . DIAG)."
  (cl-loop for d in (flymake-diagnostics)
           for lsp = (cdr (assoc 'eglot-lsp-diag (flymake-diagnostic-data d)))
           when lsp collect (cons (plist-get lsp :code) d)))
(defun palermo-has (code) (assoc code (palermo-diags)))

;; 1. Diagnostics: codes, severity (flymake type) and line
(if (not (palermo-wait (lambda () (palermo-diags)) 15))
    (progn (palermo-bad "diagnostics" "none after 15 s") (kill-emacs 1))
  (let ((problems nil)
        (types '(("error" . eglot-error) ("warning" . eglot-warning) ("info" . eglot-note) ("hint" . eglot-note))))
    (dolist (e (alist-get 'expect palermo-scenario))
      (let ((d (cdr (palermo-has (alist-get 'code e)))))
        (cond ((not d) (push (format "%s absent" (alist-get 'code e)) problems))
              ((not (eq (flymake-diagnostic-type d) (cdr (assoc (alist-get 'severity e) types))))
               (push (format "%s type %s" (alist-get 'code e) (flymake-diagnostic-type d)) problems))
              ((and (alist-get 'line e) (/= (line-number-at-pos (flymake-diagnostic-beg d)) (alist-get 'line e)))
               (push (format "%s at line %d" (alist-get 'code e) (line-number-at-pos (flymake-diagnostic-beg d))) problems)))))
    (if problems (palermo-bad "diagnostics" (string-join problems "; "))
      (palermo-ok (format "diagnostics in flymake: %d findings, %d expected codes with severity and line"
                          (length (palermo-diags)) (length (alist-get 'expect palermo-scenario)))))))

;; 2. Hovers: an element term, then a finding
(defun palermo-hover-at (pos)
  (save-excursion
    (goto-char pos)
    (let ((res (jsonrpc-request (eglot--current-server-or-lose) :textDocument/hover (eglot--TextDocumentPositionParams))))
      (plist-get (plist-get res :contents) :value))))
(defun palermo-check-hover (what value spec)
  (if (and value (string-search (alist-get 'cite spec) value) (string-search (palermo-opening (alist-get 'paragraph spec)) value))
      (palermo-ok (format "%s quotes %s" what (alist-get 'cite spec)))
    (palermo-bad what (format "got %S" (and value (substring value 0 (min 200 (length value))))))))
(let ((h (alist-get 'hover palermo-scenario)))
  (goto-char (point-min))
  (palermo-check-hover (format "hover on \"%s\"" (alist-get 'find h))
                       (and (search-forward (alist-get 'find h) nil t) (palermo-hover-at (1+ (match-beginning 0)))) h))
(let ((h (alist-get 'findingHover palermo-scenario)))
  (when h
    (let ((d (cdr (palermo-has (alist-get 'code h)))))
      (palermo-check-hover (format "hover on finding %s" (alist-get 'code h)) (and d (palermo-hover-at (flymake-diagnostic-beg d))) h))))

;; 3. Quick fix: eglot-code-actions over the finding (it sends the flymake diagnostics there), apply, re-check
(defun palermo-resync ()
  "Send the pending didChange now (eglot waits for an idle timer, which batch mode never fires) and re-run flymake."
  (eglot--signal-textDocument/didChange)
  (flymake-start))
(defun palermo-quickfix (spec)
  (let* ((code (alist-get 'code spec)) (d (cdr (palermo-has code))))
    (if (not d) (palermo-bad (format "quick fix %s" code) "no such finding")
      (let* ((actions (eglot-code-actions (flymake-diagnostic-beg d) (flymake-diagnostic-end d) "quickfix"))
             (action (cl-find-if (lambda (a) (and (plist-get a :edit)
                                                  (cl-some (lambda (x) (equal (plist-get x :code) code)) (plist-get a :diagnostics))))
                                 actions)))
        (if (not action) (palermo-bad (format "quick fix %s" code) (format "no action among %d" (length actions)))
          (eglot--apply-workspace-edit (plist-get action :edit))
          (palermo-resync)
          (if (palermo-wait (lambda () (and (palermo-diags) (not (palermo-has code)))) 10)
              (palermo-ok (format "quick fix \"%s\" applied with eglot--apply-workspace-edit; %s gone" (plist-get action :title) code))
            (palermo-bad (format "quick fix %s" code) "finding still there after the edit")))))))
(dolist (key '(fix clauseFix))
  (let ((spec (alist-get key palermo-scenario)))
    (when (and spec (palermo-on (alist-get 'feature spec))) (palermo-quickfix spec))))

;; 4. Settings: eglot-workspace-configuration, announced with didChangeConfiguration
(let ((s (alist-get 'setting palermo-scenario)))
  (when s
    (let ((absent (alist-get 'absent s)))
      (if (not (palermo-has absent)) (palermo-bad "settings" (format "%s not reported to begin with" absent))
        (setq-default eglot-workspace-configuration
                      `(:palermo (:rules (,(intern (format ":%s" absent)) "off"))))
        (eglot-signal-didChangeConfiguration (eglot--current-server-or-lose))
        (if (palermo-wait (lambda () (flymake-start) (not (palermo-has absent))) 10)
            (palermo-ok (format "settings via eglot-workspace-configuration turn %s off" absent))
          (palermo-bad "settings" (format "%s still reported" absent)))))))

;; 5. Completion at a new empty line at the end: the server offers the model clauses the bill lacks
(when (palermo-on "completion")
  (goto-char (point-max))
  (insert "\n\n")
  (palermo-resync)
  (let* ((res (jsonrpc-request (eglot--current-server-or-lose) :textDocument/completion (eglot--TextDocumentPositionParams)))
         (items (if (vectorp res) res (plist-get res :items)))
         (clauses (cl-count-if (lambda (it) (string-search "\n" (or (plist-get (plist-get it :textEdit) :newText) (plist-get it :insertText) "")))
                               items)))
    (if (> clauses 0) (palermo-ok (format "completion: %d multi-line clause items at an empty line" clauses))
      (palermo-bad "completion" (format "%d items, no clause" (length items))))))

;; 5b. Outline: document symbols, the part with its sections as children
(let ((o (alist-get 'outline palermo-scenario)))
  (when (and o (palermo-on "symbols"))
    (let* ((line-of (lambda (text) (save-excursion (goto-char (point-min)) (search-forward text) (1- (line-number-at-pos)))))
           (pline (funcall line-of (alist-get 'partLine o)))
           (sline (funcall line-of (alist-get 'sectionLine o)))
           (syms (jsonrpc-request (eglot--current-server-or-lose) :textDocument/documentSymbol
                                  (list :textDocument (eglot--TextDocumentIdentifier))))
           (start-line (lambda (s) (plist-get (plist-get (plist-get s :range) :start) :line)))
           (part (cl-find pline syms :key start-line)))
      (if (and part (cl-find sline (plist-get part :children) :key start-line))
          (palermo-ok (format "document symbols: %s under %s" (alist-get 'section o) (alist-get 'part o)))
        (palermo-bad "document symbols" (format "%S" (and part (plist-get part :name))))))))

;; 6. The server registered nothing eglot does not support (it checks dynamicRegistration first)
(if (with-current-buffer "*Messages*" (save-excursion (goto-char (point-min)) (search-forward "unsupported capability" nil t)))
    (palermo-bad "capabilities" "eglot warned about an unsupported capability registration")
  (palermo-ok "no unsupported capability registration (eglot would warn)"))

(ignore-errors (eglot-shutdown (eglot--current-server-or-lose)))
(kill-emacs (if (= palermo-failed 0) 0 1))
