import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { EmptyState } from '@/components/ui/empty-state';
import { requireCitizenPage } from '@/lib/auth';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('applications'))('title') };
}

export default async function MyApplicationsPage() {
  await requireCitizenPage('/applications');
  const t = await getTranslations('applications');
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">{t('title')}</h1>
      <EmptyState title={t('emptyTitle')}>
        <p>{t('empty')}</p>
        <p>
          <Link href="/#catalogue">{t('browse')}</Link>
        </p>
      </EmptyState>
    </div>
  );
}
