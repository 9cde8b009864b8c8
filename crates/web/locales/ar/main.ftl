## AgorAL — الواجهة باللغة العربية.
## كل رسالة هنا يجب أن توجد أيضًا في it و en و fr.

digit-separator = ,

## إطار الموقع
skip-to-content = انتقل إلى المحتوى الرئيسي
header-owner = Provincia di Alessandria · برنامج الهجرة
site-tagline = الهجرة والاندماج في مقاطعة أليساندريا
language-switcher = اللغة
nav-main = القائمة الرئيسية
nav-home = الرئيسية
nav-login = تسجيل الدخول
nav-logout = تسجيل الخروج
nav-back-office = المنطقة الخاصة
nav-dashboard = لوحة العمل
nav-users = المستخدمون
nav-organisations = المؤسسات
nav-pages = الصفحات
nav-problem-reports = البلاغات
nav-audit = سجل الأمان
nav-account = حسابي
nav-public-site = الموقع العام
footer-programme-title = البرنامج
footer-programme-text = AgorAL هي منصة شبكة الهجرة في مقاطعة أليساندريا، وتنسّقها Prefettura (المحافظة). تضم المنصة مجلة، وشبكة من المؤسسات، ومرصدًا، ودليلًا للخدمات.
footer-licence-title = ترخيص المحتوى
footer-licence-text = ما لم يُذكر غير ذلك، يُنشر المحتوى بموجب الترخيص
footer-links-title = روابط مفيدة
footer-accessibility = بيان إمكانية الوصول
footer-privacy = سياسة الخصوصية
footer-legal = الملاحظات القانونية
footer-report-problem = الإبلاغ عن مشكلة
footer-last-updated-label = آخر تحديث:
footer-last-updated = آخر تحديث: { $date }

## الصفحة الرئيسية
home-title = الهجرة والاندماج في مقاطعة أليساندريا
home-intro = قصص عن الاندماج، وأخبار عن الهجرة والاستقبال، وبيانات Osservatorio (المرصد)، ودليل للخدمات المقدمة للأجانب، بأربع لغات.
home-figures-title = المقاطعة بالأرقام
home-figures-comuni = بلدية
home-figures-population = مقيم في 1 يناير 2021
home-figures-organisations = مؤسسة في الشبكة
home-figures-source = المصدر: ISTAT، عدد السكان المقيمين في 1 يناير 2021 (ترخيص CC BY).
home-about-title = ماذا تجد هنا
home-cap-magazine = المجلة
home-cap-magazine-text = قصص اندماج من منطقتنا، وأخبار عن الهجرة والاستقبال والاندماج، من المستوى المحلي إلى المستوى الدولي.
home-cap-services = الخدمات
home-cap-services-text = إلى أين تذهب من أجل الوثائق، والصحة، والمدرسة، والعمل، والسكن، والمساعدة القانونية، مع مواعيد العمل واللغات التي يتحدثها الموظفون في المكتب.
home-cap-data = البيانات
home-cap-data-text = بيانات Osservatorio (المرصد المشترك بين المؤسسات) عن وجود الأجانب، مع رسوم بيانية وخرائط للبلديات.
home-cap-network = الشبكة
home-cap-network-text = ترسل Prefettura و Questura والبلديات و ASL والمدارس والجمعيات بيانات صحفية وممارسات جيدة إلى فريق التحرير.

## الصفحات
page-not-translated = هذه الصفحة غير مترجمة إلى لغتك بعد، لذلك نعرضها باللغة الإيطالية.
report-form-title = اكتب بلاغك
report-page-url = الصفحة التي وجدت فيها المشكلة
report-message = وصف المشكلة
report-email = بريدك الإلكتروني (اختياري)
report-email-help = فقط إذا كنت تريد ردًا. لن نستخدمه لأي شيء آخر.
report-submit = أرسل البلاغ
report-sent = شكرًا لك. وصلنا بلاغك.
form-leave-empty = اترك هذا الحقل فارغًا

## النماذج
form-has-errors = في النموذج أخطاء. صحّح الحقول المشار إليها.
form-save = حفظ
field-email = البريد الإلكتروني
field-password = كلمة المرور
field-new-password = كلمة المرور الجديدة
field-confirm-password = أعد كتابة كلمة المرور الجديدة
field-current-password = كلمة المرور الحالية
field-display-name = الاسم
field-roles = الأدوار
field-organisation = المؤسسة
field-none = لا شيء
field-locale = لغة المنطقة الخاصة
field-name = الاسم
field-kind = النوع
field-comune = البلدية
field-website = الموقع الإلكتروني
field-network-member = عضو في الشبكة
field-title = العنوان
field-body-markdown = النص (Markdown)
field-language = اللغة
field-updated = تاريخ التحديث
field-totp-code = الرمز
password-rules = 12 حرفًا على الأقل. الجملة المكوّنة من عدة كلمات سهلة التذكر وصعبة التخمين.
yes = نعم
no = لا
example-badge = مثال
pagination = صفحات النتائج
pagination-previous = السابق
pagination-next = التالي

## أخطاء الحقول
error-required = هذا الحقل مطلوب.
error-too-long = النص طويل جدًا.
error-control-characters = في النص أحرف غير مسموح بها.
error-email-invalid = اكتب عنوان بريد إلكتروني صحيحًا، مثل name@example.com.
error-email-taken = يوجد مستخدم بهذا البريد الإلكتروني.
error-password-too-short = يجب أن تتكوّن كلمة المرور من 12 حرفًا على الأقل.
error-password-too-long = يمكن أن تتكوّن كلمة المرور من 256 حرفًا على الأكثر.
error-password-repetitive = لا يمكن أن تكون كلمة المرور حرفًا واحدًا مكررًا.
error-password-mismatch = كلمتا المرور غير متطابقتين.
error-current-password = كلمة المرور الحالية غير صحيحة.
error-roles-required = اختر دورًا واحدًا على الأقل.
error-own-admin-role = لا يمكنك أن تزيل دور المسؤول عن نفسك.
error-choice-invalid = اختر أحد الخيارات المعروضة.
error-istat-invalid = اختر بلدية من بلديات المقاطعة.
error-url-invalid = اكتب عنوان موقع كاملًا يبدأ بـ https://.
error-name-taken = توجد مؤسسة بهذا الاسم.
error-too-fast = أُرسل النموذج بسرعة كبيرة. تحقق من البيانات وأرسله مرة أخرى.

## صفحات الأخطاء
error-400-title = طلب غير صالح
error-400-text = في الطلب بيانات غير صالحة. ارجع إلى الصفحة السابقة وحاول مرة أخرى.
error-403-title = الدخول غير مسموح
error-403-text = ليس لديك إذن لرؤية هذه الصفحة.
error-404-title = الصفحة غير موجودة
error-404-text = الصفحة التي تبحث عنها غير موجودة أو نُقلت إلى مكان آخر.
error-405-text = هذه العملية غير متاحة على هذا العنوان.
error-408-text = استغرق الطلب وقتًا طويلًا. حاول مرة أخرى.
error-413-text = البيانات المرسلة كبيرة جدًا.
error-429-text = طلبات كثيرة في وقت قصير. انتظر بضع دقائق ثم حاول مرة أخرى.
error-500-title = خطأ في الخادم
error-500-text = حدث خطأ غير متوقع. تم تسجيل المشكلة. حاول مرة أخرى بعد قليل.
error-csrf-text = انتهت صلاحية النموذج أو أنه غير صالح. أعد تحميل الصفحة وأرسله مرة أخرى.
error-back-home = العودة إلى الصفحة الرئيسية

## الدخول
login-title = الدخول إلى المنطقة الخاصة
login-submit = تسجيل الدخول
login-forgot = هل نسيت كلمة المرور؟
login-failed = البريد الإلكتروني أو كلمة المرور غير صحيحة.
login-throttled = محاولات فاشلة كثيرة. انتظر بضع دقائق قبل أن تحاول مرة أخرى.
verify-title = التحقق بخطوتين
verify-intro = اكتب الرمز المكوّن من ستة أرقام الذي يظهر في تطبيق المصادقة.
verify-recovery-help = ليس معك هاتفك؟ اكتب أحد رموز الاسترداد.
verify-submit = تحقق
verify-cancel = إلغاء وتسجيل الخروج
verify-failed = الرمز غير صالح أو استُخدم من قبل.
forgot-title = نسيت كلمة المرور
forgot-intro = اكتب البريد الإلكتروني لحسابك، وسنرسل لك رابطًا لاختيار كلمة مرور جديدة.
forgot-submit = أرسل الرابط
reset-title = اختر كلمة مرور جديدة
invitation-title = فعّل حسابك
set-password-intro = اختر كلمة المرور التي ستستخدمها للدخول.
set-password-submit = احفظ كلمة المرور
token-invalid = الرابط غير صالح، أو انتهت صلاحيته، أو استُخدم من قبل.
notice-password-changed = تم حفظ كلمة المرور. يمكنك الآن تسجيل الدخول.
notice-logged-out = خرجت من المنطقة الخاصة.
notice-sessions-closed = تم إغلاق الجلسات الأخرى.
notice-user-invited = تم إرسال الدعوة.
notice-saved = تم حفظ التغييرات.
notice-reset-sent = إذا كان العنوان مرتبطًا بحساب، فستصلك قريبًا رسالة بريد إلكتروني فيها الرابط.
notice-two-factor-disabled = تم إيقاف التحقق بخطوتين.
notice-two-factor-reset = تم إيقاف التحقق بخطوتين: سيعيد المستخدم إعداده عند تسجيل الدخول التالي.

## الحساب
account-title = حسابي
account-profile = الملف الشخصي
account-change-password = تغيير كلمة المرور
account-change-password-submit = غيّر كلمة المرور
account-two-factor = التحقق بخطوتين
account-two-factor-on = التحقق بخطوتين مفعّل. عدد رموز الاسترداد غير المستخدمة: { $count }.
account-two-factor-off = التحقق بخطوتين غير مفعّل.
account-two-factor-enable = فعّل التحقق بخطوتين
account-two-factor-renew = إعداد جهاز جديد
account-two-factor-disable = أوقف التحقق بخطوتين
account-sessions = الجلسات المفتوحة
account-logout-everywhere = اخرج من جميع الأجهزة الأخرى
session-started = البداية
session-last-seen = آخر نشاط
session-address = العنوان
session-browser = المتصفح
session-this = هذه الجلسة
two-factor-title = إعداد التحقق بخطوتين
two-factor-required = دورك يتطلب التحقق بخطوتين. قم بإعداده للمتابعة.
two-factor-step-app = ثبّت تطبيقًا للمصادقة (مثل FreeOTP أو Aegis أو التطبيق الموجود في هاتفك).
two-factor-step-scan = امسح رمز QR هذا بالتطبيق.
two-factor-qr-label = رمز QR لتطبيق المصادقة
two-factor-manual = أو أدخل هذا المفتاح يدويًا:
two-factor-step-code = اكتب الرمز المكوّن من ستة أرقام الذي يظهر في التطبيق.
two-factor-confirm = تأكيد
two-factor-enabled = تم تفعيل التحقق بخطوتين.
two-factor-recovery-title = رموز الاسترداد
two-factor-recovery-text = احفظ هذه الرموز في مكان آمن. كل رمز يسمح لك بالدخول مرة واحدة إذا فقدت هاتفك. لن نعرضها مرة أخرى.
two-factor-continue = متابعة

## الأدوار وأنواع المؤسسات
role-administrator = المسؤول
role-editor = رئيس التحرير
role-author = محرر
role-contributor = شريك في الشبكة
role-analyst = محلل في Osservatorio
role-operator = مُشغِّل
organisation-kind-prefettura = Prefettura
organisation-kind-questura = Questura
organisation-kind-comune = بلدية
organisation-kind-asl = ASL
organisation-kind-scuola = مدرسة أو CPIA
organisation-kind-terzo-settore = الجمعيات والقطاع غير الربحي
organisation-kind-altro = غير ذلك

## المنطقة الخاصة
dashboard-title = لوحة العمل
dashboard-welcome = أهلًا بك، { $name }.
dashboard-your-roles = أدوارك
dashboard-unsent-mail = رسائل بريد إلكتروني تنتظر الإرسال
users-title = المستخدمون
users-invite = دعوة مستخدم
users-invite-submit = أرسل الدعوة
users-edit-title = تعديل المستخدم
users-state = الحالة
users-active = نشط
users-invited = مدعو
users-disabled = معطّل
users-two-factor = خطوتان
users-last-login = آخر دخول
users-actions = الإجراءات
users-send-reset = أرسل رابطًا لإعادة تعيين كلمة المرور
users-disable = عطّل المستخدم
users-enable = أعد تفعيل المستخدم
users-reset-two-factor = إيقاف التحقق بخطوتين (هاتف مفقود)
organisations-title = المؤسسات
organisations-new = مؤسسة جديدة
organisations-edit-title = تعديل المؤسسة
pages-title = الصفحات
pages-edit-title = تعديل الصفحة
pages-view-public = اعرض الصفحة العامة
audit-title = سجل الأمان
audit-when = متى
audit-action = الحدث
audit-actor = من
audit-subject = على من
audit-detail = التفاصيل
problem-reports-title = بلاغات القرّاء
problem-reports-none = لا توجد بلاغات.

## البريد الإلكتروني
mail-reset-subject = AgorAL: إعادة تعيين كلمة المرور
mail-reset-body =
    مرحبًا { $name }،

    لاختيار كلمة مرور جديدة، افتح هذا الرابط خلال ساعة واحدة:

    { $link }

    إذا لم تطلب إعادة تعيين كلمة المرور، تجاهل هذه الرسالة.
mail-invitation-subject = AgorAL: لقد تمت دعوتك
mail-invitation-body =
    مرحبًا { $name }،

    قام { $inviter } بدعوتك إلى المنطقة الخاصة في AgorAL. لتفعيل حسابك واختيار كلمة المرور، افتح هذا الرابط خلال سبعة أيام:

    { $link }

## النسخ الاحتياطية والمهام الطويلة
nav-backups = النسخ الاحتياطية
backups-title = النسخ الاحتياطية
backups-intro = تحتوي النسخة الاحتياطية على قاعدة البيانات وملفات الوسائط في أرشيف واحد، متسق حتى أثناء استخدام الموقع. يمكن استعادتها بالأمر agoral restore.
backups-create = إنشاء نسخة احتياطية الآن
backups-recent = النسخ الاحتياطية الأخيرة
backups-files = الأرشيفات المتاحة
backups-file = الملف
backups-size = الحجم
backups-none = لا توجد أرشيفات بعد.
backups-download = تنزيل الأرشيف
job-title = التقدم
job-progress-label = التقدم
job-state-waiting = في انتظار البدء.
job-state-running = قيد التنفيذ.
job-state-done = اكتمل.
job-state-failed = فشل بعد كل المحاولات: تم تسجيل الخطأ.
job-refresh = تحديث الحالة

## المجلة
level-locale = محلي
level-regionale = إقليمي
level-nazionale = وطني
level-internazionale = دولي
article-state-draft = مسودة
article-state-in-review = قيد المراجعة
article-state-approved = موافق عليه
article-state-scheduled = مجدول
article-state-published = منشور
article-state-archived = مؤرشف
error-slug-invalid = يجب أن يحتوي العنوان على حرف أو رقم واحد على الأقل.
error-transition-state = هذه الخطوة غير ممكنة في الحالة الحالية للمقال.
error-transition-role = دورك لا يسمح بهذه الخطوة.
error-schedule-past = اختر تاريخًا ووقتًا في المستقبل.
error-comment-required = اكتب تعليقًا يوضح ما يجب تغييره.
nav-desk = التحرير
home-latest-title = أحدث القصص
home-sections-title = الأقسام
articles-none = لا توجد مقالات بعد.
articles-level-filter = التصفية حسب المستوى
articles-all-levels = كل المستويات
article-not-translated = هذا المقال غير مترجم إلى لغتك بعد: نعرضه باللغة الإيطالية.
article-by = بقلم
article-published = نُشر في
article-updated = حُدّث في
article-reading-time = القراءة: { $minutes } دقيقة
article-source = المصدر:
article-comuni = البلديات:
article-translations = اقرأ بلغات أخرى
article-related = قصص ذات صلة
comune-intro = قصص من هذه البلدية التي يبلغ عدد سكانها { $population } نسمة (ISTAT، 1 يناير 2021).
desk-title = التحرير: المقالات
article-new-title = مقال جديد
article-create = إنشاء المسودة
article-state = الحالة
article-when = التاريخ
article-view-public = عرض الصفحة العامة
field-slug = العنوان (slug)
field-slug-help = اتركه فارغًا لإنشائه من العنوان. أحرف لاتينية صغيرة وأرقام وشرطات فقط.
field-standfirst = الملخص
field-section = القسم
field-level = المستوى
field-comuni = البلديات
field-comuni-help = اضغط مع الاستمرار على Ctrl (أو Cmd) لاختيار أكثر من واحدة.
editor-title = تعديل المقال
editor-languages = لغات المقال
editor-missing = للترجمة
editor-their-version = النسخة التي حفظها شخص آخر
editor-preview = معاينة
workflow-title = مراحل العمل
workflow-comment = تعليق لفريق التحرير
workflow-when = تاريخ ووقت النشر (بتوقيت إيطاليا)
workflow-submit = إرسال للمراجعة
workflow-request-changes = طلب تعديلات
workflow-approve = موافقة
workflow-schedule = جدولة
workflow-unschedule = إلغاء الجدولة
workflow-publish = نشر الآن
workflow-unpublish = سحب من الموقع
workflow-archive = أرشفة
workflow-restore = إعادة النشر
workflow-history = سجل المقال
revisions-title = المراجعات
revisions-back = العودة إلى المحرر
revisions-current = الحالية
revisions-compare = مقارنة
revisions-restore = استعادة
revisions-diff = الاختلافات عن النسخة الحالية
revisions-old = المراجعة المختارة
revisions-new = النسخة الحالية
revisions-removed = محذوف
revisions-added = مضاف
error-slug-taken = مقال آخر يستخدم هذا العنوان بالفعل.
error-edit-conflict = قام شخص آخر بحفظ هذا المقال أثناء تعديلك له. نصك ما زال في النموذج، والنسخة المحفوظة معروضة أعلاه: قارن بينهما واحفظ من جديد.
error-schedule-invalid = أدخل تاريخًا ووقتًا صالحين للنشر.
feed-author = فريق تحرير AgorAL
dashboard-my-drafts = مسوداتي
dashboard-in-review = في انتظار المراجعة
dashboard-scheduled = المجدولة
dashboard-published = المنشورة مؤخرًا
dashboard-empty = لا شيء هنا.
pages-new-title = صفحة جديدة
field-tags = الوسوم
field-tags-help = مفصولة بفواصل، مثلًا: العمل، النساء، Casale. يتم إنشاء الوسوم الجديدة.
error-tags-invalid = 20 وسمًا على الأكثر، كل منها 60 حرفًا كحد أقصى ويحتوي على حرف واحد على الأقل.
article-tags = الوسوم:
tag-intro = كل القصص التي تحمل هذا الوسم.
home-levels-title = من المقاطعة إلى العالم
nav-media = الصور
nav-author-profile = ملف الكاتب
nav-archive = الأرشيف
media-title = مكتبة الصور
media-detail-title = صورة
media-upload = رفع صورة
media-file = الملف
media-file-help = ‏JPEG أو PNG أو WebP، بحد أقصى { $megabytes } ميغابايت. تُحذف بيانات EXIF وموقع GPS؛ وتجهز النسخ الخاصة بالشاشات المختلفة خلال ثوانٍ.
media-alt-it = وصف لمن لا يرى الصورة (بالإيطالية)
media-alt-help = مطلوب قبل ظهور الصورة في مقال منشور. يمكن إضافته لاحقًا.
media-upload-button = رفع
media-library = كل الصور
media-search = ابحث بالاسم أو الوصف أو التعليق أو المصدر
media-search-button = بحث
media-empty = لم يتم العثور على صور.
media-alt-missing = الوصف بالإيطالية غير موجود
media-choose = استخدم هذه الصورة
media-choose-hint = اختر صورة من المكتبة أو ارفع صورة جديدة.
media-choose-cancel = إلغاء
media-back = العودة إلى المكتبة
media-dimensions = الأبعاد
media-variants = نسخ للشاشات المختلفة
media-variants-pending = قيد التجهيز
media-variants-ready = جاهزة
media-variants-failed = فشلت: ارفع الصورة مرة أخرى
media-uploaded = تاريخ الرفع
media-used-in = مستخدمة في
media-alt = الوصف (نص بديل)
media-alt-required = مطلوب
media-caption = التعليق
media-credit = المصدر (المصوّر أو الجهة)
media-licence = الترخيص
media-credit-prefix = صورة:
media-error-type = الملف ليس صورة JPEG أو PNG أو WebP (يُعرف النوع من المحتوى لا من الاسم).
media-error-pixels = الصورة كبيرة جدًا: 12000 بكسل لكل ضلع و50 مليون بكسل إجمالًا كحد أقصى.
media-error-damaged = الصورة تالفة أو غير مكتملة: حاول تصديرها مرة أخرى.
media-error-size = حجم الملف يتجاوز الحد المسموح.
media-error-no-file = اختر ملفًا لرفعه.
media-error-unknown = هذه الصورة ليست في المكتبة.
media-error-alt-required = الصورة الرئيسية ليس لها وصف بالإيطالية بعد: أضفه في المكتبة قبل النشر.
media-error-alt-required-published = مقال منشور يعرض هذه الصورة: لا يمكن ترك الوصف بالإيطالية فارغًا.
notice-media-uploaded = تم رفع الصورة.
licence-cc-by-4-0 = CC BY 4.0 (نسب المصنف)
licence-cc-by-sa-4-0 = CC BY-SA 4.0 (نسب المصنف، المشاركة بالمثل)
licence-cc-by-nc-4-0 = CC BY-NC 4.0 (نسب المصنف، غير تجاري)
licence-cc0-1-0 = CC0 1.0 (بلا حقوق محفوظة)
licence-pubblico-dominio = ملكية عامة
licence-tutti-i-diritti-riservati = جميع الحقوق محفوظة (مع إذن بالاستخدام)
field-authors = التوقيعات
field-authors-help = بالترتيب الذي تظهر به على المقال.
field-author-place = التوقيع { $place }
error-authors-required = يلزم توقيع واحد على الأقل وخمسة على الأكثر.
error-authors-self = لا يمكنك حذف توقيعك: اطلب ذلك من رئيس التحرير.
featured-image = الصورة الرئيسية
featured-edit-texts = الوصف والتعليق
featured-remove = إزالة الصورة
featured-none = لا توجد صورة.
featured-choose = اختر من المكتبة
share-title = مشاركة
share-email = البريد الإلكتروني
share-whatsapp = واتساب
share-telegram = تيليغرام
share-facebook = فيسبوك
share-x = إكس
share-linkedin = لينكدإن
author-stories = المقالات
feed-atom = موجز Atom
feed-rss = موجز RSS
archive-title = الأرشيف
archive-empty = لا توجد مقالات منشورة.
archive-count = { $count ->
    [one] مقال واحد
    [two] مقالان
    [few] { $count } مقالات
   *[other] { $count } مقالًا
}
month-1 = يناير
month-2 = فبراير
month-3 = مارس
month-4 = أبريل
month-5 = مايو
month-6 = يونيو
month-7 = يوليو
month-8 = أغسطس
month-9 = سبتمبر
month-10 = أكتوبر
month-11 = نوفمبر
month-12 = ديسمبر
author-profile-title = ملفي ككاتب
author-profile-intro = تظهر صورتك وسيرتك على صفحتك ككاتب، مع مقالاتك المنشورة.
author-profile-public = عرض الصفحة العامة
author-photo = الصورة
author-photo-remove = إزالة الصورة
author-photo-none = لا توجد صورة.
author-bio = السيرة
